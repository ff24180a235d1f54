# Run with -i: the REPL that follows sees the script's globals.
import sys
total = sum(range(5))
print("script done", total, hasattr(sys, "ps1"))

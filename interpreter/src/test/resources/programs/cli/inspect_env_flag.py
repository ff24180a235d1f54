# PYTHONINSPECT sets sys.flags.inspect (not interactive); with stdin not a terminal no REPL follows.
import sys
print(sys.flags.inspect, sys.flags.interactive, hasattr(sys, 'ps1'))

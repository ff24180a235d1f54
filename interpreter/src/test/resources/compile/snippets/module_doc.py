"""Module docstring."""
import sys
x: int = 1
y: "str"

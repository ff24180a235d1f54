"""`python -m unittest`: runs the tests named on the command line, or discovers them."""

import os
import sys

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    # usage messages show the command the user typed
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

from .main import main

main(module=None)

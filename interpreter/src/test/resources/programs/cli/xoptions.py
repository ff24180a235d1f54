# -X options land in sys._xoptions; -X dev also turns on dev_mode and the 'default' warning option.
import sys
print(sorted(sys._xoptions.items()))
print(sys.flags.dev_mode, sys.warnoptions)
print(sys.flags.quiet, sys.flags.no_site, sys.flags.ignore_environment, sys.flags.optimize)
print("site" in sys.modules, hasattr(__builtins__, "exit"))
print(sys.orig_argv[1:])

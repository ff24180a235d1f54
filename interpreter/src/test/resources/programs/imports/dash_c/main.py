# A plain script in the same folder: sys.argv[0] is the script, -c's is '-c'.
import sys
import localmod
print(sys.argv, localmod.X)

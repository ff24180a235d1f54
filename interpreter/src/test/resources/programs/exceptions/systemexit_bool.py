# sys.exit(True) exits with status 1 (bool is an int).
import sys
sys.stdout.write('bool exit\n')
sys.exit(True)

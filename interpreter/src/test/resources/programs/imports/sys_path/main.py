# sys.path manipulation: a directory added at run time becomes importable.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
try:
    import extra
except ModuleNotFoundError as e:
    print('before:', e)
sys.path.insert(0, os.path.join(here, 'lib'))
import extra
print('after:', extra.VALUE, os.path.basename(os.path.dirname(extra.__file__)))
sys.path.remove(os.path.join(here, 'lib'))
import extra as cached
print('still cached:', cached is extra)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))

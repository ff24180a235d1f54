# Run by `python3 -m tool`: __name__ is __main__, __package__ is tool, argv[0] is the file path.
import sys
from . import helpers
print('__name__', __name__, '__package__', __package__, '__spec__.name', __spec__.name)
print('argv', sys.argv[1:], sys.argv[0].replace('\\', '/').endswith('tool/__main__.py'))
print(helpers.double(21))
print('tool' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__)

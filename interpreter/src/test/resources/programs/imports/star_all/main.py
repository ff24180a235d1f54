# from m import * honours __all__; without __all__ it skips underscore names.
from shapes import *
from loose import *

print(sorted(k for k in globals() if not k.startswith('__')))
print(area(2), Square(3).side)
try:
    _hidden_helper
except NameError as e:
    print('NameError:', e)
import shapes
print(shapes.__all__, shapes._internal())
try:
    from broken_all import *
except AttributeError as e:
    print('AttributeError:', e)
try:
    from bad_all_type import *
except TypeError as e:
    print('TypeError:', e)

# AttributeError on a module with a suggestion; uncaught from module level.
import math
print(math.sqrt(9))
print(math.sqr(9))

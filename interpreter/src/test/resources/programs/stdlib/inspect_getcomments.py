#!/usr/bin/env python3
#
# inspect.getcomments: the comment block above a function, class or method (same indentation
# only), the comments opening a module, and None when there are none
#
import inspect
import sys

# one comment line
def one():
    pass

#
# surrounded by bare '#' lines
#
def bare_hashes():
    pass

# separated by a blank line

def separated():
    pass

# first line
#   second, indented after the hash
# third
class Documented:
    # a method's comment
    def method(self):
        pass

        # not this one (deeper)
    def other(self):
        pass

    #
    def only_hash(self):
        pass

def decorate(f):
    return f

# above the decorator
@decorate
def decorated():
    pass

def outer():
    # the nested function's comment
    def inner():
        pass
    return inner

	# tab-indented comment (a tab is 8 columns)
def no_comment():
    pass

class Plain:
    pass

for obj in (one, bare_hashes, separated, Documented, Documented.method, Documented.other, Documented.only_hash,
            decorated, outer(), no_comment, Plain, len, 42):
    name = getattr(obj, '__qualname__', repr(obj))
    print(name, repr(inspect.getcomments(obj)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('  \t x'), inspect.indentsize(''))

# Module namespaces: __annotations__ exists only where there are annotations; __cached__ values.
import os
import sys
sys.dont_write_bytecode = True

print('main before:', '__annotations__' in globals(), '__cached__' in globals(), __cached__)
first: int = 1
print('main after:', '__annotations__' in globals(), __annotations__)


class Plain:
    print('class Plain:', '__annotations__' in locals())


class Annotated:
    x: int = 3
    y: list
    print('class Annotated:', '__annotations__' in locals(), __annotations__)


print(Plain.__dict__.get('__annotations__', 'absent'), Annotated.__annotations__)


def f():
    z: int = 5
    return '__annotations__' in locals()


print('function:', f())

import annotated
import plain
import pkg
import json


def show_cached(m):
    c = m.__cached__
    parts = c.split(os.sep)
    return parts[-3:-1] if parts[-3] in ('pkg', 'json') else parts[-2:], c == m.__spec__.cached


for m in (annotated, plain, pkg, json):
    print(m.__name__, show_cached(m))

# collections.abc Generator/Coroutine/AsyncGenerator mixins: __next__, throw, close; abstract sets
from collections import abc
import sys
def gen():
    yield 1
class G(abc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = G()
print(next(g), list(g))
g2 = G()
print(g2.close())
try: G().throw(ValueError, ValueError('x'))
except ValueError as e: print('VE', e)
try: G().throw(KeyError)
except KeyError as e: print('KE', repr(e))
class Stubborn(G):
    def throw(self, *a): return 5
try: Stubborn().close()
except RuntimeError as e: print(e)
print(sorted(abc.Coroutine.__abstractmethods__), sorted(abc.Generator.__abstractmethods__), sorted(abc.AsyncGenerator.__abstractmethods__))
print(sorted(abc.MutableSequence.__abstractmethods__), sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.MutableSet.__abstractmethods__))
class AG(abc.AsyncGenerator):
    async def asend(self, v): return v
    async def athrow(self, *a): return 7
async def m():
    try: await AG().aclose()
    except RuntimeError as e: print(e)
    print(await AG().__anext__())
try: m().send(None)
except StopIteration: pass
print(isinstance(gen(), abc.Generator), issubclass(G, abc.Iterator), abc.Set._hash(frozenset({1,2})) == hash(frozenset({1,2})))
for c in (abc.Hashable, abc.Sized, abc.Sequence, abc.MutableSet):
    print(c.__name__, c.__module__, c.__qualname__, c.__slots__)

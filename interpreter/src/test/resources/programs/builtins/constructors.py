# Calling built-in types as constructors with various arguments and the errors they raise.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool())
print(list('ab'), tuple([1]), dict(a=1), set('aab') == {'a', 'b'}, frozenset([1]) == {1}, str(1.5), str([1, 'a']))
print(str(b'abc', 'ascii'), str(b'\xff', 'utf-8', 'replace'), str(object=5), bytes('é', encoding='utf-8'))
print(slice(3), range(2), type(memoryview(b'')).__name__, object().__class__.__name__)
print(property().fget, staticmethod(len).__func__ is len, classmethod(len).__func__ is len)
print(enumerate('a').__class__.__name__, zip().__class__.__name__, reversed([]).__class__.__name__)
errors = [lambda: list(1), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: set(1), lambda: str(1, 2),
          lambda: bytes('x', 'nope'), lambda: float([]), lambda: complex('x'), lambda: bool(1, 2),
          lambda: object(1), lambda: frozenset(1), lambda: bytearray('x'), lambda: list(x=1),
          lambda: str(b'x', encoding=5), lambda: float('1', '2')]
for f in errors:
    try:
        f()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)
print(int('10', base=2), float(' -1.5e3 '), complex(imag=2), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print(type(int) is type, int.__call__('5'), type.__call__(str, 5))

# Sequence repetition by a non-int: the error names the non-int operand, whichever
# side the sequence is on, and the other operand's __rmul__/__mul__ gets its turn first.
class R:
    def __rmul__(self, other):
        return 'R.__rmul__(%r)' % (other,)
    def __mul__(self, other):
        return 'R.__mul__(%r)' % (other,)

cases = [
    lambda: [1] * 'a',
    lambda: 'a' * [1],
    lambda: 'a' * 'b',
    lambda: (1,) * 'a',
    lambda: 'a' * (1,),
    lambda: b'x' * 'a',
    lambda: 'a' * b'x',
    lambda: [1] * b'x',
    lambda: bytearray(b'x') * 'a',
    lambda: 'a' * bytearray(b'x'),
    lambda: [1] * bytearray(b'x'),
    lambda: object() * 'a',
    lambda: object() * bytearray(b'x'),
    lambda: 2.0 * 'a',
    lambda: 'a' * 2.0,
    lambda: 'a' * R(),
    lambda: R() * 'a',
    lambda: b'x' * R(),
    lambda: bytearray(b'x') * R(),
    lambda: 'ab' * 2,
    lambda: 2 * 'ab',
    lambda: True * b'x',
    lambda: bytearray(b'y') * 3,
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except TypeError as e:
        print(i, 'TypeError:', e)
s = 'a'
try:
    s *= 'b'
except TypeError as e:
    print('inplace TypeError:', e)

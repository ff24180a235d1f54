# Shifts of machine-word ints (the evaluation loop's inline path) against the general path:
# counts at and past the word size, negative operands, lost bits, errors, bool and subclasses.
vals = [0, 1, -1, 5, -5, 7, 2**31 - 1, -2**31, 2**62, -2**62, 2**63 - 1, -2**63]
counts = [0, 1, 2, 4, 31, 32, 61, 62, 63, 64, 65, 100, 1000]

for v in vals:
    print(v, [v >> c for c in counts])
    print(v, [(v << c).bit_length() for c in counts[:9]], v << 1, v << 62 == v * 2**62)

x = 12345
x >>= 3
print(x)
x <<= 70
print(x, type(x).__name__)
x >>= 70
print(x)
y = -7
y <<= 63
print(y, y >> 63, y >> 64, y >> 200)

big = 2**100 + 3
print(big >> 1, big >> 100, big >> 101, 1 << 64, -1 << 64, 3 << 62)

for a, b in [(1, -1), (-1, -5), (0, -1), (5, -2**70)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} ({b})"))
        except ValueError as e:
            print(op, type(e).__name__, e)

try:
    1 << 2**70
except (OverflowError, MemoryError) as e:
    print("huge", type(e).__name__)
print(0 << 2**70, 5 >> 2**70, -5 >> 2**70)

print(True << 3, True >> 0, type(True >> 0).__name__, False << 70, 8 >> True)


class Bits(int):
    def __rshift__(self, other):
        return f"Bits>>{other}"

    def __lshift__(self, other):
        return f"Bits<<{other}"

    def __rlshift__(self, other):
        return f"{other}<<Bits"


b = Bits(6)
print(b >> 1, b << 2, 3 << b, 1 >> b, type(b >> 0).__name__)
z = Bits(1)
z <<= 3
print(z)

print(sum((n >> (4 * i)) % 12 for n in range(0, 5000, 7) for i in range(3)))
try:
    1 >> 1.0
except TypeError as e:
    print(e)
try:
    "a" << 1
except TypeError as e:
    print(e)

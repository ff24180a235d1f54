# Big integers: arithmetic, powers, factorials, conversions, comparisons with floats.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3)
print(-(2 ** 64), abs(-(2 ** 64)))
print(int('1' * 50) + 1)
n = 1
for i in range(1, 41):
    n *= i
print(n, len(str(n)))
print(a == 2.0 ** 100, a < float('inf'), a > 1e30, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(a), float(b))
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(10 ** 400 > 1e308, (10 ** 400) // (10 ** 399))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length())
print(int.from_bytes(a.to_bytes(13, 'big'), 'big') == a)
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 97), pow(-5, 3))
print(sum(range(10 ** 6)), 7 ** 77 % 1000)
print(-17 >> 2, 17 >> 2, -1 << 70, (1 << 70) >> 69)

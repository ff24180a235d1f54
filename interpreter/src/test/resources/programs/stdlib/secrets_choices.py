# secrets: randbelow, randbits, choice, SystemRandom and compare_digest
import secrets

values = [secrets.randbelow(10) for _ in range(200)]
print(min(values) >= 0, max(values) < 10, len(set(values)) > 5)
print(secrets.randbelow(1))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
bits = [secrets.randbits(8) for _ in range(100)]
print(all(0 <= b < 256 for b in bits), secrets.randbits(0))
print(secrets.choice('a') + secrets.choice(['b']), secrets.choice('xyz') in 'xyz')
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError', e)
r = secrets.SystemRandom()
print(0 <= r.random() < 1, r.randint(3, 3), sorted(r.sample(range(5), 5)))
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'))
password = ''.join(secrets.choice('abcdef0123') for _ in range(12))
print(len(password), set(password) <= set('abcdef0123'))

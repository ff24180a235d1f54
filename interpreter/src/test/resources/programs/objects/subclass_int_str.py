# Subclassing int, str, float, tuple: __new__, arithmetic returning base types, repr.


class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))

    def __repr__(self):
        return '%s°C' % float.__repr__(self)


t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__)


class Bits(int):
    def __str__(self):
        return bin(self)


b = Bits(10)
print(b, repr(b), b + 1, type(b * 2).__name__, type(-b).__name__, f'{b}', f'{b:04d}')
print(Bits(3) == 3, hash(Bits(3)) == hash(3), {Bits(3): 'x'}[3])


class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def exclaim(self):
        return self + '!'


s = Shout('hey')
print(s, s.exclaim(), type(s.exclaim()).__name__, type(s.lower()).__name__, len(s))
print(s == 'HEY', 'E' in s, s[1], type(s[1]).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__)


class Flag(int):
    pass


print(Flag(True), isinstance(Flag(1), int), Flag('12'), Flag('ff', 16))
print(int.__new__(Flag, 5), type(int.__new__(Flag, 5)).__name__)
print(str(Shout('x')) is not None, str.__str__(Shout('abc')))

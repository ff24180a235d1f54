# abs, round, divmod, pow with numbers of every kind and custom types.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-2 ** 100))


class Dist:
    def __abs__(self):
        return 'custom abs'

    def __round__(self, n=None):
        return 'rounded to %r' % (n,)

    def __divmod__(self, other):
        return ('q', 'r')

    def __pow__(self, e, mod=None):
        return 'pow %r %r' % (e, mod)


print(abs(Dist()), round(Dist()), round(Dist(), 2), divmod(Dist(), 3), pow(Dist(), 2), pow(Dist(), 2, 7))
print(round(3.14159, 3), round(-1.5), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else 'skip', pow(3, 4, 5), pow(7, -1, 11))
for bad in [lambda: abs('x'), lambda: round('x'), lambda: divmod('a', 1), lambda: pow(2, 3, 0),
            lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: round(1.5, 'x'), lambda: pow(0, -1)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)

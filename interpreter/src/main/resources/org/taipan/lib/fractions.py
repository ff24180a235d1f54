"""Exact rational numbers (Taipan's own implementation of CPython 3.11's
fractions.Fraction)."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _parse_fraction(text):
    """(numerator, denominator) for a literal like ' -1_000/3 ', '2.5e-3',
    or None if the text is not one."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]

    def digits(part, allow_empty=False):
        if part == '':
            return allow_empty
        if part.startswith('_') or part.endswith('_') or '__' in part:
            return False
        return part.replace('_', '').isdigit() and part.isascii()

    if '/' in s:
        num, _, den = s.partition('/')
        if not digits(num) or not digits(den):
            return None
        return sign * int(num), int(den)
    mantissa, exponent = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not digits(body):
                return None
            exponent = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not digits(whole, allow_empty=bool(dot) and frac != ''):
        return None
    if dot and not digits(frac, allow_empty=whole != ''):
        return None
    frac_digits = frac.replace('_', '')
    numerator = int((whole.replace('_', '') or '0') + frac_digits)
    denominator = 10 ** len(frac_digits)
    if exponent >= 0:
        numerator *= 10 ** exponent
    else:
        denominator *= 10 ** -exponent
    return sign * numerator, denominator


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if type(numerator).__name__ == 'Decimal' and hasattr(numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and \
                isinstance(denominator, numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            # Divide out the gcd, giving it the denominator's sign so the
            # stored denominator always ends up positive.
            common = math.gcd(numerator, denominator)
            divisor = -common if denominator < 0 else common
            numerator, denominator = numerator // divisor, denominator // divisor
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != 'Decimal':
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents until the next one's
        # denominator is too large, then pick the better of the last
        # convergent and the best semiconvergent.
        lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_q = lo_q + term * hi_q
            if next_q > max_denominator:
                break
            lo_p, hi_p = hi_p, lo_p + term * hi_p
            lo_q, hi_q = hi_q, next_q
            num, den = den, num - term * den
        steps = (max_denominator - lo_q) // hi_q
        candidates = (Fraction(hi_p, hi_q),
                      Fraction(lo_p + steps * hi_p, lo_q + steps * hi_q))
        # On a tie the convergent wins.
        if abs(candidates[0] - self) <= abs(candidates[1] - self):
            return candidates[0]
        return candidates[1]

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: Fraction with int/Fraction stays exact; floats and
    # complex numbers take over when they are involved.

    def _operator_pair(exact, inexact):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + inexact.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + inexact.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        # Cancel common factors first (so a zero divisor reports the
        # reduced numerator, as CPython does).
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = math.gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, a._denominator * b._denominator)

    def _mod(a, b):
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                        a._denominator * b._denominator)

    __add__, __radd__ = _operator_pair(_add, operator.add)
    __sub__, __rsub__ = _operator_pair(_sub, operator.sub)
    __mul__, __rmul__ = _operator_pair(_mul, operator.mul)
    __truediv__, __rtruediv__ = _operator_pair(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _operator_pair(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _operator_pair(_divmod, divmod)
    __mod__, __rmod__ = _operator_pair(_mod, operator.mod)

    def __pow__(a, b):
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # Equal numbers hash equal across int, float and Fraction: reduce
        # numerator/denominator modulo the hash prime.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        result = value if self._numerator >= 0 else -value
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    del _operator_pair, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

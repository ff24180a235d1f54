"""Decimal floating point arithmetic after the General Decimal Arithmetic specification.

Taipan's own implementation, written in Python.  A finite number is a sign, an integer
coefficient and a power-of-ten exponent; every operation computes an exact (or, for the
transcendental functions, a sufficiently close) intermediate value with Python integers and
then hands it to one rounding step, `_Rounder.finish`, which applies the context's precision,
rounding mode, exponent limits and clamping and records the conditions that arose.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------------------
# Signals.  A signal is a flag and a trap in a context; a condition is what an operation
# reports.  The InvalidOperation family reports finer conditions that all map to the
# InvalidOperation signal.

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'

# The order in which a context lists its flags, and the order of the conditions that a
# trapped operation names in its exception.
_SIGNAL_ORDER = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                 Subnormal, Inexact, Rounded, Clamped)
_INVALID_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


_SIGNAL_OF = {c: c for c in _SIGNAL_ORDER}
for _cls in _INVALID_CONDITIONS:
    _SIGNAL_OF[_cls] = InvalidOperation


def _signal_of(condition):
    return _SIGNAL_OF[condition]


# ---------------------------------------------------------------------------------------
# Digit arithmetic on Python integers.

def _ndigits(n):
    """The number of decimal digits of the non-negative integer n (1 for zero)."""
    if n < 1000000000000000000:
        return len(str(n))
    b = n.bit_length()
    # 0.30102999... = log10(2): the estimate is the exact count or one more.
    d = (b * 30103) // 100000 + 1
    if n < _pow10(d - 1):
        return d - 1
    return d


_POW10_CACHE = [10 ** i for i in range(64)]


def _pow10(k):
    if k < 64:
        return _POW10_CACHE[k]
    return 10 ** k


def _round_coefficient(coef, shift, mode, sign):
    """Drop the lowest `shift` (> 0) digits of coef, rounding by mode.
    Returns (new coefficient, inexact)."""
    if shift > _ndigits(coef) + 1:
        q, r, half_cmp = 0, coef, (-1 if coef else 0)
        if coef == 0:
            return 0, False
        # r is far below half a unit of the kept digit
    else:
        p = _pow10(shift)
        q, r = divmod(coef, p)
        if r == 0:
            return q, False
        twice = 2 * r
        half_cmp = (twice > p) - (twice < p)
    if mode == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q & 1)
    elif mode == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif mode == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_CEILING:
        up = sign == 0
    elif mode == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


# ---------------------------------------------------------------------------------------
# Special values.  `_kind` is one of these; a NaN's coefficient is its payload.

_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _new(sign, coef, exp, kind=_FINITE, cls=None):
    d = object.__new__(Decimal if cls is None else cls)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


class _Status:
    """The conditions one operation raised, in the order they arose."""
    __slots__ = ('conditions',)

    def __init__(self):
        self.conditions = []

    def add(self, condition):
        if condition not in self.conditions:
            self.conditions.append(condition)


def _context_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ---------------------------------------------------------------------------------------
# Parsing numeric strings.

def _parse(text):
    """(sign, coef, exp, kind) for a numeric string, or None when it is not one."""
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    i = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        i = 1
    body = s[i:]
    low = body.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if low.startswith(prefix):
            payload = body[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if not all(c.isdecimal() for c in payload):
                return None
            return sign, int(''.join(str(int(c)) for c in payload)), 0, kind
    mantissa = body
    exp = 0
    epos = -1
    for k, c in enumerate(body):
        if c in 'eE':
            epos = k
            break
    if epos >= 0:
        mantissa = body[:epos]
        etext = body[epos + 1:]
        digits = etext
        if etext[:1] in ('+', '-'):
            digits = etext[1:]
        if not digits or not all(c.isdecimal() for c in digits):
            return None
        exp = int(''.join(str(int(c)) for c in digits))
        if etext[:1] == '-':
            exp = -exp
    point = mantissa.find('.')
    if point >= 0:
        intpart = mantissa[:point]
        frac = mantissa[point + 1:]
    else:
        intpart = mantissa
        frac = ''
    if not intpart and not frac:
        return None
    alldigits = intpart + frac
    if not all(c.isdecimal() for c in alldigits):
        return None
    if not alldigits.isascii():
        alldigits = ''.join(str(int(c)) for c in alldigits)
    return sign, int(alldigits), exp - len(frac), _FINITE


# ---------------------------------------------------------------------------------------
# Fixed-point transcendental kernels.  Each works on integers scaled by 10**w and is
# accurate to a few units in the last place; callers add guard digits and retry with more
# when the rounding decision is too close to call.

def _tdiv(a, b):
    """a / b truncated toward zero (b > 0), so that series terms shrink to zero."""
    if a >= 0:
        return a // b
    return -((-a) // b)


def _fixed_exp(x, w):
    """exp(x / 10**w) * 10**w, for |x / 10**w| up to a few units."""
    # exp(x) = exp(x / 2**k) ** (2**k): halve until the series converges quickly
    k = 0
    limit = _pow10(w) // 1000 if w >= 3 else 0
    ax = abs(x)
    while (ax >> k) > limit:
        k += 1
    extra = 8 + k // 3
    ww = w + extra
    scale = _pow10(ww)
    r = _tdiv(x * _pow10(extra), 1 << k)
    total = scale
    term = scale
    n = 1
    while term:
        term = _tdiv(term * r, n * scale)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // scale
    return total // _pow10(extra)


def _fixed_ln_of(coef, exp, w):
    """ln(coef * 10**exp) * 10**w for a positive value."""
    nd = _ndigits(coef)
    # value = m * 10**e10 with m = coef / 10**(nd-1) in [1, 10)
    e10 = exp + nd - 1
    wg = w + 10 + len(str(abs(e10)))
    lnm = _fixed_ln_mantissa(coef, nd, wg)
    result = lnm
    if e10:
        result += e10 * _ln10(wg)
    return result // _pow10(wg - w)


_LN10_CACHE = [0, 0]  # (digits, value)


def _ln10(w):
    cached_w, value = _LN10_CACHE
    if cached_w >= w:
        return value // _pow10(cached_w - w)
    wide = w + 10
    value = _fixed_ln_mantissa(10, 1, wide, ten=True)
    _LN10_CACHE[0] = wide
    _LN10_CACHE[1] = value
    return value // _pow10(wide - w)


def _fixed_ln_mantissa(coef, nd, w, ten=False):
    """ln(coef / 10**(nd-1)) * 10**w; with ten=True, ln(10) * 10**w."""
    scale = _pow10(w)
    if ten:
        m = 10 * scale
        approx = _math.log(10.0)
    else:
        if nd - 1 <= w:
            m = coef * _pow10(w - (nd - 1))
        else:
            m = coef // _pow10(nd - 1 - w)
        lead = coef // _pow10(nd - 17) if nd > 17 else coef * _pow10(17 - nd)
        approx = _math.log(lead / 1e16)
    y0 = int(round(approx * 1e17))
    y0 = y0 * _pow10(w - 17) if w >= 17 else y0 // _pow10(17 - w)
    # z = m * exp(-y0) is within ~1e-15 of one; ln z by the series 2*atanh((z-1)/(z+1)).
    z = m * _fixed_exp(-y0, w) // scale
    t = _tdiv((z - scale) * scale, z + scale)
    t2 = t * t // scale
    total = t
    term = t
    n = 3
    while term:
        term = _tdiv(term * t2, scale)
        total += _tdiv(term, n)
        n += 2
    return y0 + 2 * total


# ---------------------------------------------------------------------------------------

class Decimal(object):
    """A decimal floating point number: sign, integer coefficient and exponent, or a special
    value (Infinity, NaN, sNaN)."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            if cls is Decimal:
                return value
            return _new(value._sign, value._coef, value._exp, value._kind, cls)
        if isinstance(value, int):
            if value < 0:
                return _new(1, -value, 0, _FINITE, cls)
            return _new(0, int(value), 0, _FINITE, cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_arg(context)
                ctx._signal([ConversionSyntax])
                return _new(0, 0, 0, _QNAN, cls)
            sign, coef, exp, kind = parsed
            if kind == _FINITE and abs(exp) > 5 * MAX_EMAX:
                ctx = _context_arg(context)
                ctx._signal([InvalidOperation])
                return _new(0, 0, 0, _QNAN, cls)
            return _new(sign, coef, exp, kind, cls)
        if isinstance(value, float):
            ctx = _context_arg(context)
            ctx._signal([FloatOperation])
            d = _from_float(value)
            return d if cls is Decimal else _new(d._sign, d._coef, d._exp, d._kind, cls)
        if isinstance(value, (list, tuple)):
            return _from_tuple(value, cls)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- conversions out --------------------------------------------------------------

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= _QNAN:
            digits = tuple(map(int, str(self._coef))) if self._coef else ()
            return DecimalTuple(self._sign, digits, 'n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign, tuple(map(int, str(self._coef))), self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._coef
        if self._sign:
            n = -n
        if self._exp >= 0:
            return n * _pow10(self._exp), 1
        d = _pow10(-self._exp)
        g = _math.gcd(n, d)
        return n // g, d // g

    def __int__(self):
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._coef * _pow10(self._exp)
        else:
            n = self._coef // _pow10(-self._exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def _integral(self, mode):
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            n = self._coef * _pow10(self._exp)
        else:
            n, _ = _round_coefficient(self._coef, -self._exp, mode, self._sign)
        return -n if self._sign else n

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        return self._integral(ROUND_HALF_EVEN)

    def __float__(self):
        if self._kind == _FINITE:
            if self._exp >= 0:
                return float(self.__int__())
            s = ('-' if self._sign else '') + str(self._coef) + 'e' + str(self._exp)
            return float(s)
        if self._kind == _INF:
            return float('-inf' if self._sign else 'inf')
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        return float('-nan' if self._sign else 'nan')

    def __complex__(self):
        return complex(self.__float__())

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def __hash__(self):
        if self._kind != _FINITE:
            if self._kind == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == _QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._coef % modulus * pow(10, self._exp, modulus) % modulus
        else:
            h = self._coef % modulus * pow(pow(10, -self._exp, modulus), modulus - 2, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- text ----------------------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        return _to_string(self, eng, _capitals(context))

    def to_eng_string(self, context=None):
        return _to_string(self, True, _capitals(context))

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # -- classification ------------------------------------------------------------------

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() >= _context_arg(context).Emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or self._coef == 0:
            return False
        return self.adjusted() < _context_arg(context).Emin

    def number_class(self, context=None):
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.is_subnormal(context):
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def same_quantum(self, other, context=None):
        other = _operand(other, 'same_quantum')
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or \
                   (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    # -- sign manipulation (quiet, exact) -----------------------------------------------

    def copy_abs(self):
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _operand(other, 'copy_sign')
        return _new(other._sign, self._coef, self._exp, self._kind)

    # -- comparisons ---------------------------------------------------------------------

    def _compare_with(self, other, op):
        """Rich comparison; op is one of '==', '<', '<=', '>', '>='."""
        other = _comparable(self, other, op == '==')
        if other is NotImplemented:
            return other
        if isinstance(other, _Rational):
            if self._kind >= _QNAN:
                if op != '==':
                    getcontext()._signal([InvalidOperation])
                return False
            c = _compare_rational(self, other)
        else:
            if self._kind >= _QNAN or other._kind >= _QNAN:
                if op == '==':
                    if self._kind == _SNAN or other._kind == _SNAN:
                        getcontext()._signal([InvalidOperation])
                    return False
                getcontext()._signal([InvalidOperation])
                return False
            c = _compare_values(self, other)
        if op == '==':
            return c == 0
        if op == '<':
            return c < 0
        if op == '<=':
            return c <= 0
        if op == '>':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_with(other, '==')

    def __ne__(self, other):
        r = self._compare_with(other, '==')
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._compare_with(other, '<')

    def __le__(self, other):
        return self._compare_with(other, '<=')

    def __gt__(self, other):
        return self._compare_with(other, '>')

    def __ge__(self, other):
        return self._compare_with(other, '>=')

    # -- the arithmetic operators --------------------------------------------------------

    def __add__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().add(self, other)

    def __radd__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().add(other, self)

    def __sub__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().subtract(self, other)

    def __rsub__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().subtract(other, self)

    def __mul__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().multiply(self, other)

    def __rmul__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().multiply(other, self)

    def __truediv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divide(self, other)

    def __rtruediv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divide(other, self)

    def __floordiv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divide_int(self, other)

    def __rfloordiv__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divide_int(other, self)

    def __mod__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().remainder(self, other)

    def __rmod__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().remainder(other, self)

    def __divmod__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divmod(self, other)

    def __rdivmod__(self, other):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().divmod(other, self)

    def __pow__(self, other, modulo=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _coerce(modulo)
            if modulo is NotImplemented:
                return modulo
        return getcontext().power(self, other, modulo)

    def __rpow__(self, other, modulo=None):
        other = _coerce(other)
        if other is NotImplemented:
            return other
        return getcontext().power(other, self, modulo)

    def __neg__(self):
        return getcontext().minus(self)

    def __pos__(self):
        return getcontext().plus(self)

    def __abs__(self):
        return getcontext().abs(self)

    # -- methods taking an optional context ----------------------------------------------

    def compare(self, other, context=None):
        return _context_arg(context).compare(self, _operand(other, 'compare'))

    def compare_signal(self, other, context=None):
        return _context_arg(context).compare_signal(self, _operand(other, 'compare_signal'))

    def compare_total(self, other, context=None):
        return _compare_total(self, _operand(other, 'compare_total'), False)

    def compare_total_mag(self, other, context=None):
        return _compare_total(self, _operand(other, 'compare_total_mag'), True)

    def max(self, other, context=None):
        return _context_arg(context).max(self, _operand(other, 'max'))

    def min(self, other, context=None):
        return _context_arg(context).min(self, _operand(other, 'min'))

    def max_mag(self, other, context=None):
        return _context_arg(context).max_mag(self, _operand(other, 'max_mag'))

    def min_mag(self, other, context=None):
        return _context_arg(context).min_mag(self, _operand(other, 'min_mag'))

    def exp(self, context=None):
        return _context_arg(context).exp(self)

    def ln(self, context=None):
        return _context_arg(context).ln(self)

    def log10(self, context=None):
        return _context_arg(context).log10(self)

    def logb(self, context=None):
        return _context_arg(context).logb(self)

    def sqrt(self, context=None):
        return _context_arg(context).sqrt(self)

    def fma(self, other, third, context=None):
        return _context_arg(context).fma(self, _operand(other, 'fma'), _operand(third, 'fma'))

    def normalize(self, context=None):
        return _context_arg(context).normalize(self)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context_arg(context)
        exp = _operand(exp, 'quantize')
        return ctx._quantize(self, exp, _rounding_arg(rounding, ctx))

    def remainder_near(self, other, context=None):
        return _context_arg(context).remainder_near(self, _operand(other, 'remainder_near'))

    def next_minus(self, context=None):
        return _context_arg(context).next_minus(self)

    def next_plus(self, context=None):
        return _context_arg(context).next_plus(self)

    def next_toward(self, other, context=None):
        return _context_arg(context).next_toward(self, _operand(other, 'next_toward'))

    def scaleb(self, other, context=None):
        return _context_arg(context).scaleb(self, _operand(other, 'scaleb'))

    def shift(self, other, context=None):
        return _context_arg(context).shift(self, _operand(other, 'shift'))

    def rotate(self, other, context=None):
        return _context_arg(context).rotate(self, _operand(other, 'rotate'))

    def logical_and(self, other, context=None):
        return _context_arg(context).logical_and(self, _operand(other, 'logical_and'))

    def logical_or(self, other, context=None):
        return _context_arg(context).logical_or(self, _operand(other, 'logical_or'))

    def logical_xor(self, other, context=None):
        return _context_arg(context).logical_xor(self, _operand(other, 'logical_xor'))

    def logical_invert(self, context=None):
        return _context_arg(context).logical_invert(self)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_arg(context)
        return ctx._to_integral(self, _rounding_arg(rounding, ctx), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_arg(context)
        return ctx._to_integral(self, _rounding_arg(rounding, ctx), True)


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx.rounding
    if rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MESSAGE)
    return rounding


def _capitals(context):
    if context is None:
        return getcontext().capitals
    return _context_arg(context).capitals


def _from_float(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    # d is a power of two 2**k: n / 2**k = n * 5**k / 10**k
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return _new(sign, 0, 0, _INF, cls)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = _QNAN if exp == 'n' else _SNAN
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (list, tuple)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    return _new(sign, coef, exp if kind == _FINITE else 0, kind, cls)


def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    if d._kind >= _QNAN:
        payload = str(d._coef) if d._coef else ''
        return sign + ('sNaN' if d._kind == _SNAN else 'NaN') + payload
    digits = str(d._coef)
    exp = d._exp
    n = len(digits)
    adjusted = exp + n - 1
    if exp <= 0 and adjusted >= -6:
        # plain notation
        if exp == 0:
            return sign + digits
        point = n + exp
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * (-point) + digits
    # exponential notation
    if not eng:
        lead = 1
    elif d._coef == 0:
        # a zero keeps its exponent: choose the point so that the shown exponent is a
        # multiple of three (padding the fraction with zeros where needed)
        shown = adjusted
        r = shown % 3
        if r == 1:
            lead, shown = -1, adjusted + 2
        elif r == 2:
            lead, shown = -0, adjusted + 1
        else:
            lead = 1
        if r:
            zeros = '0' * (3 - r) if r == 1 else '0'
            text = '0.' + ('00' if r == 1 else '0')
            return sign + text + _exp_text(shown, capitals)
        return sign + '0' + _exp_text(shown, capitals)
    else:
        lead = adjusted % 3 + 1
    shown = adjusted - (lead - 1)
    if lead >= n:
        body = digits + '0' * (lead - n)
    else:
        body = digits[:lead] + '.' + digits[lead:]
    if shown == 0:
        return sign + body
    return sign + body + _exp_text(shown, capitals)


def _exp_text(e, capitals):
    return ('E' if capitals else 'e') + ('+' if e >= 0 else '-') + str(abs(e))


# ---------------------------------------------------------------------------------------
# Operand conversion.

def _coerce(other):
    """An operand of an arithmetic operator as a Decimal, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _operand(other, what=None):
    """An operand of a method: Decimal or int, otherwise TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)


class _Rational:
    """A Fraction (or float) operand of a comparison, as an exact ratio."""
    __slots__ = ('num', 'den')

    def __init__(self, num, den):
        self.num = num
        self.den = den


def _comparable(self, other, equality):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        ctx = getcontext()
        if equality:
            ctx._set_flag_only(FloatOperation)
        else:
            ctx._signal([FloatOperation])
        return _from_float(other)
    if isinstance(other, complex) and equality:
        if other.imag == 0:
            return _comparable(self, other.real, equality)
        return NotImplemented
    if isinstance(other, _numbers.Rational):
        return _Rational(other.numerator, other.denominator)
    return NotImplemented


def _compare_rational(d, q):
    if d._kind == _INF:
        return -1 if d._sign else 1
    # compare d * den with num
    scaled = _new(d._sign, d._coef * q.den, d._exp)
    num = q.num
    return _compare_values(scaled, _new(1 if num < 0 else 0, abs(num), 0))


def _compare_values(a, b):
    """-1, 0 or 1 for two non-NaN Decimals."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va != 0:
            return 0
        # one infinite, other finite: handled above since va != vb
    az = a._coef == 0
    bz = b._coef == 0
    if az or bz:
        if az and bz:
            return 0
        if az:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _compare_magnitudes(a, b)
    return -c if a._sign else c


def _compare_magnitudes(a, b):
    """Compare |a| and |b| for finite a, b."""
    if a._coef == 0 or b._coef == 0:
        return (a._coef != 0) - (b._coef != 0)
    aa = a._exp + _ndigits(a._coef)
    ba = b._exp + _ndigits(b._coef)
    if aa != ba:
        return 1 if aa > ba else -1
    ca, cb = a._coef, b._coef
    if a._exp > b._exp:
        ca *= _pow10(a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= _pow10(b._exp - a._exp)
    return (ca > cb) - (ca < cb)


def _compare_total(a, b, magnitude):
    if magnitude:
        a = a.copy_abs()
        b = b.copy_abs()
    if a._sign != b._sign:
        return _ONES[0] if a._sign else _ONES[1]  # -1 or 1
    def rank(d):
        # ordering of kinds for a positive sign: finite < inf < sNaN < qNaN
        return (0, 1, 3, 2)[d._kind]
    ra, rb = rank(a), rank(b)
    if ra != rb:
        c = (ra > rb) - (ra < rb)
    elif a._kind >= _QNAN:
        c = (a._coef > b._coef) - (a._coef < b._coef)
    elif a._kind == _INF:
        c = 0
    else:
        c = _compare_magnitudes(a, b)
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    if a._sign:
        c = -c
    return _DEC_BY_CMP[c]


# ---------------------------------------------------------------------------------------
# Formatting with the format mini-language.

def _parse_spec(spec):
    """The fields of a format spec: fill, align, sign, z, alt, zero, width, grouping,
    precision, type."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    grouping = None
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        precision = int(spec[j:i])
    ftype = None
    if i < n:
        ftype = spec[i]
        i += 1
    if i != n or (ftype is not None and ftype not in 'eEfFgGn%') or alt or grouping == '_':
        raise ValueError('invalid format string')
    if ftype == 'n' and grouping is not None:
        raise ValueError('invalid format string')
    return fill, align, sign, z, alt, zero, width, grouping, precision, ftype


def _format_decimal(d, spec):
    fill, align, sign, z, alt, zero, width, grouping, precision, ftype = _parse_spec(spec)
    if d._kind != _FINITE and zero and fill is None:
        # zero padding does not apply to Infinity and NaN
        zero = False
        fill = ' '
    if zero and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    ctx = getcontext()
    neg = d._sign == 1
    if d._kind != _FINITE:
        body = _to_string(d.copy_abs(), False, 1)
        if ftype == '%':
            body += '%'
        return _pad(_sign_text(neg, sign), body, fill, align, width)
    coef, exp = d._coef, d._exp
    if ftype == '%':
        exp += 2
    if ftype is None:
        ftype = 'G' if ctx.capitals else 'g'
    rounding = ctx.rounding
    if precision is not None:
        if ftype in 'eE':
            coef, exp = _to_digit_count(coef, exp, precision + 1, rounding, d._sign)
        elif ftype in 'fF%':
            coef, exp = _quantize_exact(coef, exp, -precision, rounding, d._sign)
        else:
            coef, exp = _round_to_digits(coef, exp, precision or 1, rounding, d._sign)
    digits = str(coef)
    if coef == 0 and precision is not None and ftype in 'eE':
        digits = '0' * (precision + 1)
        exp = (d._exp + 2 if ftype == '%' else d._exp)
    leftdigits = exp + len(digits)
    if ftype in 'eE':
        dotplace = 1
    elif ftype in 'fF%':
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if coef == 0 and dotplace > 1 and ftype not in 'eE':
        dotplace = 1
        leftdigits = 1 if ftype in 'fF%' else leftdigits
    if dotplace <= 0:
        intpart = '0'
        frac = '0' * (-dotplace) + digits
    elif dotplace >= len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        frac = ''
    else:
        intpart = digits[:dotplace]
        frac = digits[dotplace:]
    shown = leftdigits - dotplace
    expo = ''
    if ftype in 'eE' or shown != 0:
        letter = 'E' if ftype in 'EG' else 'e'
        expo = '%s%+d' % (letter, shown)
    if neg and z and coef == 0:
        neg = False
    point = '.' if (frac or alt) else ''
    if ftype == '%':
        expo += '%'
    signtext = _sign_text(neg, sign)
    if grouping is not None or ftype == 'n':
        sep = grouping if grouping is not None else ''
        if sep:
            rest = len(signtext) + len(point) + len(frac) + len(expo)
            intpart = _group(intpart, sep, fill == '0' and align == '=', width, rest)
    return _pad(signtext, intpart + point + frac + expo, fill, align, width)


def _to_digit_count(coef, exp, count, rounding, sign):
    """Round or pad coef to exactly count digits (a zero is left alone)."""
    if coef == 0:
        return 0, exp
    nd = _ndigits(coef)
    if nd < count:
        return coef * _pow10(count - nd), exp - (count - nd)
    return _round_to_digits(coef, exp, count, rounding, sign)


def _sign_text(neg, sign):
    if neg:
        return '-'
    if sign == '+':
        return '+'
    if sign == ' ':
        return ' '
    return ''


def _group(intpart, sep, zero_pad, width, rest):
    if zero_pad and width is not None:
        # zero padding is part of the grouped digits
        need = width - rest
        while len(intpart) + (len(intpart) - 1) // 3 < need:
            intpart = '0' + intpart
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    text = sep.join(reversed(groups))
    if zero_pad and width is not None and len(text) < width - rest:
        text = sep + text if text[0] != '0' else '0' + text
    return text


def _pad(sign, body, fill, align, width):
    total = len(sign) + len(body)
    if width is None or total >= width:
        return sign + body
    room = width - total
    if align == '<':
        return sign + body + fill * room
    if align == '>':
        return fill * room + sign + body
    if align == '=':
        return sign + fill * room + body
    left = room // 2
    return fill * left + sign + body + fill * (room - left)


def _round_to_digits(coef, exp, digits, rounding, sign):
    nd = _ndigits(coef)
    if coef == 0:
        return 0, exp
    if nd > digits:
        shift = nd - digits
        coef, _ = _round_coefficient(coef, shift, rounding, sign)
        exp += shift
        if _ndigits(coef) > digits:
            coef //= 10
            exp += 1
    return coef, exp


def _quantize_exact(coef, exp, target, rounding, sign):
    if exp < target:
        coef, _ = _round_coefficient(coef, target - exp, rounding, sign)
        return coef, target
    return coef * _pow10(exp - target), target


_ROUNDING_MESSAGE = ('valid values for rounding are:\n'
                     '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                     '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                     '   ROUND_05UP]')


# ---------------------------------------------------------------------------------------
# The rounding step shared by every operation.

def _finish(ctx, sign, coef, exp, st, mode=None):
    """Fit sign * coef * 10**exp into ctx: precision, exponent limits, clamping."""
    prec = ctx.prec
    emin = ctx.Emin
    emax = ctx.Emax
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        high = etop if ctx.clamp else emax
        if exp < etiny:
            exp = etiny
            st.add(Clamped)
        elif exp > high:
            exp = high
            st.add(Clamped)
        return _new(sign, 0, exp)
    if mode is None:
        mode = ctx.rounding
    nd = _ndigits(coef)
    adjusted = exp + nd - 1
    subnormal = adjusted < emin
    target = exp + nd - prec if nd > prec else exp
    if subnormal and target < etiny:
        target = etiny
    if target > exp:
        coef, inexact = _round_coefficient(coef, target - exp, mode, sign)
        exp = target
        st.add(Rounded)
        if inexact:
            st.add(Inexact)
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if subnormal:
            st.add(Subnormal)
            if inexact:
                st.add(Underflow)
            if coef == 0:
                st.add(Clamped)
                return _new(sign, 0, exp)
    elif subnormal:
        st.add(Subnormal)
    if exp + _ndigits(coef) - 1 > emax:
        st.add(Overflow)
        st.add(Inexact)
        st.add(Rounded)
        if mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP) or \
                (mode == ROUND_CEILING and sign == 0) or (mode == ROUND_FLOOR and sign == 1):
            return _new(sign, 0, 0, _INF)
        return _new(sign, _pow10(prec) - 1, etop)
    if ctx.clamp and exp > etop:
        coef *= _pow10(exp - etop)
        exp = etop
        st.add(Clamped)
    return _new(sign, coef, exp)


def _quiet_nan(ctx, d):
    """The quiet NaN an operation returns for the NaN operand d (payload fitted)."""
    payload = d._coef
    room = ctx.prec - ctx.clamp
    if payload and _ndigits(payload) > room:
        payload = payload % _pow10(room) if room > 0 else 0
    return _new(d._sign, payload, 0, _QNAN)


def _nans(ctx, st, a, b=None, c=None):
    """The NaN result of an operation with a NaN operand, or None."""
    for x in (a, b, c):
        if x is not None and x._kind == _SNAN:
            st.add(InvalidOperation)
            return _quiet_nan(ctx, x)
    for x in (a, b, c):
        if x is not None and x._kind == _QNAN:
            return _quiet_nan(ctx, x)
    return None


def _invalid(st, condition=InvalidOperation):
    st.add(condition)
    return _new(0, 0, 0, _QNAN)


def _infinity(sign):
    return _new(sign, 0, 0, _INF)


def _is_integral(d):
    if d._kind != _FINITE:
        return False
    if d._exp >= 0 or d._coef == 0:
        return True
    return d._coef % _pow10(-d._exp) == 0


def _integer_value(d):
    """The value of an integral finite Decimal as an int."""
    if d._exp >= 0:
        n = d._coef * _pow10(d._exp)
    else:
        n = d._coef // _pow10(-d._exp)
    return -n if d._sign else n


# ---------------------------------------------------------------------------------------
# Operations.  Each takes the context, the operands and a _Status and returns a Decimal.

def _op_add(ctx, a, b, st, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _invalid(st)
            return _infinity(a._sign)
        if b._kind == _INF:
            return _infinity(bsign)
    ca, ea, cb, eb = a._coef, a._exp, b._coef, b._exp
    exp = ea if ea < eb else eb
    if ca == 0 or cb == 0:
        if ca == 0 and cb == 0:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _finish(ctx, sign, 0, exp, st)
        # one operand is zero: the other, at the smaller exponent where that is possible
        if ca == 0:
            c, e, sign = cb, eb, bsign
        else:
            c, e, sign = ca, ea, a._sign
        pad = e - exp
        if pad > 0:
            room = ctx.prec - _ndigits(c)
            if pad > room + 1:
                pad = max(room, 0) + 1
            c *= _pow10(pad)
            e -= pad
        return _finish(ctx, sign, c, e, st)
    if ea != eb:
        # a far smaller operand only decides the rounding: stand it in by a unit far below
        if ea > eb:
            big_e, big_adj, small_adj = ea, ea + _ndigits(ca) - 1, eb + _ndigits(cb) - 1
        else:
            big_e, big_adj, small_adj = eb, eb + _ndigits(cb) - 1, ea + _ndigits(ca) - 1
        limit = min(big_e - 1, big_adj - ctx.prec - 3)
        if small_adj < limit:
            if ea > eb:
                cb, eb = 1, limit - 1
            else:
                ca, ea = 1, limit - 1
            exp = limit - 1
    if ea > exp:
        ca *= _pow10(ea - exp)
    if eb > exp:
        cb *= _pow10(eb - exp)
    total = (-ca if a._sign else ca) + (-cb if bsign else cb)
    if total == 0:
        return _finish(ctx, 1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp, st)
    if total < 0:
        return _finish(ctx, 1, -total, exp, st)
    return _finish(ctx, 0, total, exp, st)


def _op_multiply(ctx, a, b, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
            return _invalid(st)
        return _infinity(sign)
    return _finish(ctx, sign, a._coef * b._coef, a._exp + b._exp, st)


def _op_divide(ctx, a, b, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid(st)
            return _infinity(sign)
        st.add(Clamped)
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(st, DivisionUndefined)
        st.add(DivisionByZero)
        return _infinity(sign)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(ctx, sign, 0, ideal, st)
    return _divide_finite(ctx, sign, a._coef, b._coef, ideal, st)


def _divide_finite(ctx, sign, ca, cb, ideal, st, mode=None):
    shift = ctx.prec + 2 + _ndigits(cb) - _ndigits(ca)
    if shift < 0:
        shift = 0
    q, r = divmod(ca * _pow10(shift), cb)
    exp = ideal - shift
    if r:
        q = q * 10 + 1
        exp -= 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _finish(ctx, sign, q, exp, st, mode)


def _integer_quotient(ctx, a, b, st):
    """(quotient, remainder-as-(coef, exp)) of finite nonzero b, truncating; or None with
    DivisionImpossible recorded when the quotient needs more than prec digits."""
    adj_a = a._exp + _ndigits(a._coef) - 1
    adj_b = b._exp + _ndigits(b._coef) - 1
    exp = min(a._exp, b._exp)
    if a._coef == 0 or adj_a < adj_b:
        return 0, a._coef * _pow10(a._exp - exp), exp
    if adj_a - adj_b > ctx.prec:
        return None
    ca = a._coef * _pow10(a._exp - exp)
    cb = b._coef * _pow10(b._exp - exp)
    q, r = divmod(ca, cb)
    if _ndigits(q) > ctx.prec:
        return None
    return q, r, exp


def _op_divide_int(ctx, a, b, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid(st)
            return _infinity(sign)
        return _finish(ctx, sign, 0, 0, st)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(st, DivisionUndefined)
        st.add(DivisionByZero)
        return _infinity(sign)
    qr = _integer_quotient(ctx, a, b, st)
    if qr is None:
        return _invalid(st, DivisionImpossible)
    return _finish(ctx, sign, qr[0], 0, st)


def _op_remainder(ctx, a, b, st):
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF:
            return _invalid(st)
        return _finish(ctx, a._sign, a._coef, a._exp, st)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(st, DivisionUndefined)
        return _invalid(st)
    qr = _integer_quotient(ctx, a, b, st)
    if qr is None:
        return _invalid(st, DivisionImpossible)
    q, r, exp = qr
    if a._coef == 0:
        exp = min(a._exp, b._exp)
    return _finish(ctx, a._sign, r, exp, st)


def _op_divmod(ctx, a, b, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n, n
        if a._kind == _INF:
            if b._kind == _INF:
                nan = _invalid(st)
                return nan, nan
            return _infinity(sign), _invalid(st)
        return _finish(ctx, sign, 0, 0, st), _finish(ctx, a._sign, a._coef, a._exp, st)
    if b._coef == 0:
        if a._coef == 0:
            nan = _invalid(st, DivisionUndefined)
            return nan, nan
        st.add(DivisionByZero)
        return _infinity(sign), _invalid(st)
    qr = _integer_quotient(ctx, a, b, st)
    if qr is None:
        nan = _invalid(st, DivisionImpossible)
        return nan, nan
    q, r, exp = qr
    if a._coef == 0:
        exp = min(a._exp, b._exp)
    return _finish(ctx, sign, q, 0, st), _finish(ctx, a._sign, r, exp, st)


def _op_remainder_near(ctx, a, b, st):
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF:
            return _invalid(st)
        return _finish(ctx, a._sign, a._coef, a._exp, st)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(st, DivisionUndefined)
        return _invalid(st)
    exp = min(a._exp, b._exp)
    if a._coef == 0:
        return _finish(ctx, a._sign, 0, exp, st)
    adj_a = a._exp + _ndigits(a._coef) - 1
    adj_b = b._exp + _ndigits(b._coef) - 1
    if adj_a - adj_b > ctx.prec:
        return _invalid(st, DivisionImpossible)
    if adj_a < adj_b - 1:
        return _finish(ctx, a._sign, a._coef * _pow10(a._exp - exp), exp, st)
    ca = a._coef * _pow10(a._exp - exp)
    cb = b._coef * _pow10(b._exp - exp)
    q, r = divmod(ca, cb)
    # the nearest integer quotient, ties to even
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r = cb - r
        rsign = a._sign ^ 1
    else:
        rsign = a._sign
    if _ndigits(q) > ctx.prec:
        return _invalid(st, DivisionImpossible)
    return _finish(ctx, rsign, r, exp, st)


def _op_fma(ctx, a, b, c, st):
    if a._kind or b._kind or c._kind:
        for x in (a, b, c):
            if x._kind == _SNAN:
                st.add(InvalidOperation)
                return _quiet_nan(ctx, x)
        for x in (a, b):
            if x._kind == _QNAN:
                return _quiet_nan(ctx, x)
        if a._kind == _INF or b._kind == _INF:
            if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
                return _invalid(st)
            product = _infinity(a._sign ^ b._sign)
        else:
            product = _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)
        if c._kind == _QNAN:
            return _quiet_nan(ctx, c)
    else:
        product = _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)
    return _op_add(ctx, product, c, st)


def _op_fit(ctx, a, st):
    """A finite a fitted to the context (create_decimal): rounded, sign kept."""
    return _finish(ctx, a._sign, a._coef, a._exp, st)


def _op_plus(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return a
    sign = a._sign
    if a._coef == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._coef, a._exp, st)


def _op_minus(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return _infinity(a._sign ^ 1)
    sign = a._sign ^ 1
    if a._coef == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0
    return _finish(ctx, sign, a._coef, a._exp, st)


def _op_abs(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return _infinity(0)
    return _finish(ctx, 0, a._coef, a._exp, st)


# -- comparisons as operations --------------------------------------------------------

def _op_compare(ctx, a, b, st, signal):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if signal:
            # any NaN is invalid here, quiet or not
            st.add(InvalidOperation)
            return _nans(ctx, _Status(), a, b)
        return _nans(ctx, st, a, b)
    return _DEC_BY_CMP[_compare_values(a, b)]


def _op_max_min(ctx, a, b, st, want_max, magnitude):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if a._kind == _SNAN or b._kind == _SNAN:
            return _nans(ctx, st, a, b)
        if a._kind == _QNAN and b._kind == _QNAN:
            return _quiet_nan(ctx, a)
        other = b if a._kind == _QNAN else a
        return _op_plus_keep_sign(ctx, other, st)
    c = 0
    if magnitude:
        c = _compare_values(a.copy_abs(), b.copy_abs())
    if c == 0:
        c = _compare_values(a, b)
    if c == 0:
        # equal values: order by sign, then by exponent
        if a._sign != b._sign:
            c = -1 if a._sign else 1
        elif a._kind == _FINITE:
            c = (a._exp > b._exp) - (a._exp < b._exp)
            if a._sign:
                c = -c
    pick = a if (c >= 0) == want_max else b
    if c == 0:
        pick = a
    return _op_plus_keep_sign(ctx, pick, st)


def _op_plus_keep_sign(ctx, a, st):
    if a._kind:
        return a
    return _finish(ctx, a._sign, a._coef, a._exp, st)


# -- quantize and friends ---------------------------------------------------------------

def _op_quantize(ctx, a, b, mode, st):
    if a._kind or b._kind:
        n = _nans(ctx, st, a, b)
        if n is not None:
            return n
        if a._kind == _INF and b._kind == _INF:
            return a
        return _invalid(st)
    target = b._exp
    etiny = ctx.Emin - ctx.prec + 1
    if target > ctx.Emax or target < etiny:
        return _invalid(st)
    if a._coef == 0:
        return _new(a._sign, 0, target)
    coef, exp = a._coef, a._exp
    adjusted = exp + _ndigits(coef) - 1
    if adjusted - target >= ctx.prec:
        return _invalid(st)
    inexact = False
    rounded = False
    if exp < target:
        coef, inexact = _round_coefficient(coef, target - exp, mode, a._sign)
        rounded = True
    else:
        coef *= _pow10(exp - target)
    if _ndigits(coef) > ctx.prec:
        return _invalid(st)
    if coef and target + _ndigits(coef) - 1 > ctx.Emax:
        return _invalid(st)
    if rounded:
        st.add(Rounded)
        if inexact:
            st.add(Inexact)
    if coef and target + _ndigits(coef) - 1 < ctx.Emin:
        st.add(Subnormal)
        if inexact:
            st.add(Underflow)
    etop = ctx.Emax - ctx.prec + 1
    if ctx.clamp and target > etop:
        # the clamp folds the exponent down to Etop
        coef *= _pow10(target - etop)
        target = etop
        st.add(Clamped)
    return _new(a._sign, coef, target)


def _op_to_integral(ctx, a, mode, exact, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return a
    if a._exp >= 0:
        return a
    if a._coef == 0:
        return _new(a._sign, 0, 0)
    coef, inexact = _round_coefficient(a._coef, -a._exp, mode, a._sign)
    if exact:
        st.add(Rounded)
        if inexact:
            st.add(Inexact)
    return _new(a._sign, coef, 0)


def _op_normalize(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return a
    d = _finish(ctx, a._sign, a._coef, a._exp, st)
    if d._kind:
        return d
    if d._coef == 0:
        return _new(d._sign, 0, 0)
    coef, exp = d._coef, d._exp
    limit = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while coef % 10 == 0 and exp < limit:
        coef //= 10
        exp += 1
    return _new(d._sign, coef, exp)


def _op_sqrt(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._coef == 0:
        return _finish(ctx, a._sign, 0, ideal, st)
    if a._sign:
        return _invalid(st)
    c, e = a._coef, a._exp
    if e & 1:
        c *= 10
        e -= 1
    k = ctx.prec + 2 - (_ndigits(c) + 1) // 2
    if k < 0:
        k = 0
    c *= _pow10(2 * k)
    s = _math.isqrt(c)
    exp = e // 2 - k
    if s * s != c:
        s = s * 10 + 1
        exp -= 1
    else:
        while exp < ideal and s % 10 == 0:
            s //= 10
            exp += 1
    return _finish(ctx, 0, s, exp, st, ROUND_HALF_EVEN)


# -- correctly rounded transcendental results ------------------------------------------

def _rounded_approximation(ctx, sign, compute, mode, st, may_be_exact=False):
    """Round a value known only through approximations.  compute(g) returns (M, e, err):
    the value is within err units of M * 10**e, with about g more digits than the result
    needs.  More digits are asked for until the rounding is certain."""
    g = 12
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    for attempt in range(12):
        m, e, err = compute(g)
        nd = _ndigits(m)
        drop = nd - prec
        if e + nd - 1 < ctx.Emin:
            drop = max(drop, etiny - e)
        if drop > 0 and drop <= nd + 2:
            unit = _pow10(drop)
            rem = m % unit
            if err < rem < unit - err and abs(2 * rem - unit) > 2 * err:
                return _finish(ctx, sign, m, e, st, mode)
            if may_be_exact and attempt >= 2 and (rem <= err or rem >= unit - err):
                # the value is (taken to be) exact at this position
                m = m - rem if rem <= err else m - rem + unit
                r = _finish(ctx, sign, m, e, st, mode)
                st.add(Inexact)
                st.add(Rounded)
                return r
        elif drop > nd + 2:
            return _finish(ctx, sign, m, e, st, mode)
        g = g * 2
    return _finish(ctx, sign, m, e, st, mode)


def _exp_approximation(z, w, g, prec):
    """exp(z / 10**w) as (M, e, err) with about prec + g digits; z may be large."""
    # split z = E * ln10 + r with 0 <= r < ln10, so exp(z) = 10**E * exp(r)
    est = z / _pow10(w) / 2.302585092994046 if w < 300 else float(z // _pow10(w - 20)) / 1e20 / 2.302585092994046
    big_e = int(_math.floor(est))
    wd = prec + g + len(str(abs(big_e))) + 2
    if wd > w:
        zz = z * _pow10(wd - w)
    else:
        zz = z // _pow10(w - wd)
    ln10 = _ln10(wd + 2)
    while True:
        r = zz * 100 - big_e * ln10
        if r < 0:
            big_e -= 1
        elif r >= ln10:
            big_e += 1
        else:
            break
    r //= 100
    m = _fixed_exp(r, wd)
    return m, big_e - wd, 20 + abs(big_e) // _pow10(max(0, g - 4)) if False else 40


def _op_exp(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        if a._sign:
            return _new(0, 0, 0)
        return a
    if a._coef == 0:
        return _new(0, 1, 0)
    prec = ctx.prec
    adjusted = a._exp + _ndigits(a._coef) - 1
    if adjusted < -(prec + 3):
        # exp(x) = 1 + x + ...: a unit far below the last digit decides the rounding
        k = prec + 3
        coef = _pow10(k) - 1 if a._sign else _pow10(k) + 1
        return _finish(ctx, 0, coef, -k, st, ROUND_HALF_EVEN)
    x_est = float(_to_string(a, False, 1)) if adjusted < 300 else (float('-inf') if a._sign else float('inf'))
    log10_est = x_est / 2.302585092994046
    if log10_est > ctx.Emax + 2:
        return _finish(ctx, 0, 1, ctx.Emax + 2, st, ROUND_HALF_EVEN)
    if log10_est < ctx.Emin - prec - 2:
        st.add(Inexact)
        return _finish(ctx, 0, 1, ctx.Emin - prec - 2, st, ROUND_HALF_EVEN)

    def compute(g):
        w = prec + g + max(0, adjusted + 1)
        z = a._coef * _pow10(a._exp + w) if a._exp + w >= 0 else a._coef // _pow10(-(a._exp + w))
        if a._sign:
            z = -z
        return _exp_approximation(z, w, g, prec)
    return _rounded_approximation(ctx, 0, compute, ROUND_HALF_EVEN, st)


def _ln_magnitude(a):
    """About log10(|ln a|) for finite positive a (used to choose working precision)."""
    nd = _ndigits(a._coef)
    adjusted = a._exp + nd - 1
    if adjusted in (0, -1):
        # near one, ln a is about a - 1
        one_exp = min(a._exp, 0)
        diff = a._coef * _pow10(a._exp - one_exp) - _pow10(-one_exp)
        if diff == 0:
            return None
        return one_exp + _ndigits(abs(diff)) - 1
    return len(str(abs(adjusted))) - 1


def _op_ln(ctx, a, st, base10=False):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        if a._sign:
            return _invalid(st)
        return a
    if a._coef == 0:
        return _infinity(1)
    if a._sign:
        return _invalid(st)
    prec = ctx.prec
    if base10:
        c, e = a._coef, a._exp
        while c % 10 == 0:
            c //= 10
            e += 1
        if c == 1:
            return _finish(ctx, 1 if e < 0 else 0, abs(e), 0, st)
    mag = _ln_magnitude(a)
    if mag is None:
        return _new(0, 0, 0)
    negative = [0]

    def compute(g):
        w = prec + g + max(0, -mag) + 2
        if base10:
            wg = w + 4
            value = _fixed_ln_of(a._coef, a._exp, wg) * _pow10(w) // _ln10(wg)
        else:
            value = _fixed_ln_of(a._coef, a._exp, w)
        negative[0] = value < 0
        return abs(value), -w, 20
    # half-even rounding is symmetric: round the magnitude, then give the sign
    r = _rounded_approximation(ctx, 0, compute, ROUND_HALF_EVEN, st)
    if negative[0]:
        r = _new(1, r._coef, r._exp, r._kind)
    return r


def _op_power(ctx, a, b, st):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nans(ctx, st, a, b)
    b_integral = _is_integral(b)
    odd = b_integral and b._kind == _FINITE and _integer_value(b) & 1
    if a._kind == _FINITE and a._coef == 0:
        if b._kind == _FINITE and b._coef == 0:
            return _invalid(st)
        sign = a._sign if odd else 0
        if b._sign:
            return _infinity(sign)
        return _new(sign, 0, 0)
    if a._sign and not b_integral:
        return _invalid(st)
    if a._kind == _INF:
        sign = a._sign if odd else 0
        if b._kind == _FINITE and b._coef == 0:
            return _new(0, 1, 0)
        if b._sign:
            return _new(sign, 0, 0)
        return _infinity(sign)
    if a._sign and not b_integral:
        return _invalid(st)
    if b._kind == _INF:
        cmp_one = _compare_values(a, _new(0, 1, 0))
        if cmp_one == 0:
            st.add(Inexact)
            st.add(Rounded)
            return _finish(ctx, 0, _pow10(ctx.prec - 1), -(ctx.prec - 1), st)
        if (cmp_one < 0) != (b._sign == 1):
            return _new(0, 0, 0)
        return _infinity(0)
    if b._coef == 0:
        return _new(0, 1, 0)
    sign = a._sign if odd else 0
    prec = ctx.prec
    # estimate log10 of the result to catch certain overflow and underflow early
    log10_a = _log10_estimate(a)
    y_est = _float_of(b)
    estimate = log10_a * y_est
    if estimate > ctx.Emax + 2 + 1e-9 * abs(estimate):
        return _finish(ctx, sign, 1, ctx.Emax + 2, st)
    if estimate < ctx.Emin - prec - 3 - 1e-9 * abs(estimate):
        # far below the smallest subnormal: an integral power gives zero whatever the
        # rounding mode, a fractional one is rounded by it
        st.add(Inexact)
        computed = b_integral and not _underflow_by_estimate(a, b, ctx)
        return _finish(ctx, sign, 1, ctx.Emin - prec - 3, st,
                       ROUND_DOWN if computed else None)
    if b_integral:
        n = _integer_value(b)
        c, e = a._coef, a._exp
        stripped, se = c, e
        while stripped % 10 == 0:
            stripped //= 10
            se += 1
        if stripped == 1:
            # a power of ten: exact, but the coefficient is padded only up to the precision
            if n > 0:
                pad = min(se * n - e * n, prec)
                return _finish(ctx, sign, _pow10(pad), se * n - pad, st)
            return _finish(ctx, sign, 1, se * n, st)
        size = _ndigits(stripped) * abs(n)
        if size <= max(1000, 4 * prec):
            if n > 0:
                return _finish(ctx, sign, c ** n, e * n, st)
            denominator = stripped ** -n
            # 1 / (stripped * 10**se) ** -n, reduced when exact
            r = _divide_finite(ctx, sign, 1, denominator, se * n, st)
            if r._kind == _FINITE and r._coef and Inexact not in st.conditions:
                coef, exp = r._coef, r._exp
                limit = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
                while coef % 10 == 0 and exp < limit:
                    coef //= 10
                    exp += 1
                r = _new(r._sign, coef, exp)
            return r
    if _compare_values(a, _new(0, 1, 0)) == 0 and not b_integral:
        st.add(Inexact)
        st.add(Rounded)
        return _finish(ctx, 0, _pow10(prec - 1), -(prec - 1), st)
    # x**y = exp(y * ln x), first rounded to nearest at _POWER_EXTRA more digits than the
    # precision or x's coefficient, then by the context's rounding; always inexact.
    # (CPython's result is correctly rounded at that wider precision, so an exact or nearly
    # exact power rounds like the wide value: 4 ** 0.5 is 2.000..., 2 ** 1E-60 is 1.000...
    # under any rounding.)
    mag = _ln_magnitude(a.copy_abs())
    wide = Context(prec=max(prec, _ndigits(a._coef)) + _POWER_EXTRA, Emin=MIN_EMIN,
                   Emax=MAX_EMAX, traps=[])
    wprec = wide.prec

    def compute(g):
        w = wprec + g + 2
        yc, ye = b._coef, b._exp
        lnw = w + _ndigits(yc) + max(0, ye) + max(0, -(mag or 0)) + 4
        ln_a = _fixed_ln_of(a._coef, a._exp, lnw)
        z = yc * ln_a
        shift = lnw - w - ye
        z = z // _pow10(shift) if shift >= 0 else z * _pow10(-shift)
        if b._sign:
            z = -z
        return _exp_approximation(z, w, g, wprec)
    inner = _rounded_approximation(wide, sign, compute, ROUND_HALF_EVEN, _Status(),
                                   may_be_exact=True)
    result = _finish(ctx, inner._sign, inner._coef, inner._exp, st)
    st.add(Inexact)
    st.add(Rounded)
    return result


_POWER_EXTRA = 23


def _underflow_by_estimate(a, b, ctx):
    """Whether CPython settles an underflowing power with an integral exponent b from an
    estimate of its size (the context's rounding then applies to the tiny result) rather
    than by computing it (which ends in zero).  Its estimate is coarse: the exponent's
    adjusted exponent against the digit count of Etiny, with a bound of |log x| made from
    x's own adjusted exponent or from its distance to one."""
    digits = len(str(-(ctx.Emin - ctx.prec + 1)))
    adj_x = a.adjusted()
    if adj_x >= 1 or adj_x <= -2:
        bound = adj_x if adj_x >= 1 else -adj_x - 1
        slack = 1 - (len(str(bound)) - 1)
    else:
        x = abs(_float_of(a))
        z = 1 - x if x < 1 else 1 - 1 / x
        if z <= 0:
            return True
        slack = 2 - _math.floor(_math.log10(z))
    return b.adjusted() >= digits + slack


def _log10_estimate(a):
    nd = _ndigits(a._coef)
    lead = a._coef // _pow10(nd - 17) if nd > 17 else a._coef
    digits_used = min(nd, 17)
    return _math.log10(lead) + (nd - digits_used) + a._exp


def _float_of(d):
    adjusted = d._exp + _ndigits(d._coef) - 1
    if adjusted > 300:
        return float('-inf') if d._sign else float('inf')
    if adjusted < -300:
        return 0.0
    return float(_to_string(d, False, 1))


def _op_power_modulo(ctx, a, b, m, st):
    n = _nans(ctx, st, a, b, m)
    if n is not None:
        return n
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    if b._sign or m._coef == 0:
        return _invalid(st)
    if _ndigits(_integer_value(m.copy_abs())) > ctx.prec:
        return _invalid(st)
    if a._coef == 0 and b._coef == 0:
        return _invalid(st)
    base = abs(_integer_value(a))
    modulus = abs(_integer_value(m))
    e = _integer_value(b)
    r = pow(base, e, modulus)
    sign = a._sign if e & 1 else 0
    return _new(sign, r, 0)


# -- exponent and digit manipulation -----------------------------------------------------

def _op_logb(ctx, a, st):
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        return _infinity(0)
    if a._coef == 0:
        st.add(DivisionByZero)
        return _infinity(1)
    adjusted = a._exp + _ndigits(a._coef) - 1
    return _finish(ctx, 1 if adjusted < 0 else 0, abs(adjusted), 0, st)


def _integral_operand(b):
    """The int value of an operand that must be an integer with exponent 0, or None."""
    if b._kind != _FINITE or b._exp != 0:
        return None
    return -b._coef if b._sign else b._coef


def _op_scaleb(ctx, a, b, st):
    n = _nans(ctx, st, a, b)
    if n is not None:
        return n
    k = _integral_operand(b)
    limit = 2 * (ctx.Emax + ctx.prec)
    if k is None or abs(k) > limit:
        return _invalid(st)
    if a._kind == _INF:
        return a
    return _finish(ctx, a._sign, a._coef, a._exp + k, st)


def _op_shift(ctx, a, b, st, rotate):
    n = _nans(ctx, st, a, b)
    if n is not None:
        return n
    k = _integral_operand(b)
    prec = ctx.prec
    if k is None or abs(k) > prec:
        return _invalid(st)
    if a._kind == _INF:
        return a
    c = a._coef % _pow10(prec)
    if rotate:
        k %= prec
        c = (c * _pow10(k)) % _pow10(prec) + c // _pow10(prec - k)
    elif k >= 0:
        c = (c * _pow10(k)) % _pow10(prec)
    else:
        c = c // _pow10(-k)
    return _new(a._sign, c, a._exp)


def _logical_digits(ctx, d):
    if d._kind != _FINITE or d._sign or d._exp != 0:
        return None
    text = str(d._coef)
    if len(text) > ctx.prec or text.strip('01'):
        return None
    return text.rjust(ctx.prec, '0')


def _op_logical(ctx, a, b, st, fn):
    x = _logical_digits(ctx, a)
    y = _logical_digits(ctx, b) if b is not None else '0' * ctx.prec
    if x is None or y is None:
        return _invalid(st)
    out = ''.join('1' if fn(p == '1', q == '1') else '0' for p, q in zip(x, y))
    return _new(0, int(out), 0)


def _op_next(ctx, a, st, direction):
    """next_plus (direction 1) or next_minus (-1)."""
    if a._kind:
        n = _nans(ctx, st, a)
        if n is not None:
            return n
        if (direction > 0) == (a._sign == 0):
            return a
        sign = a._sign
        return _new(sign, _pow10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    if a._coef == 0:
        low = etiny - 2
    else:
        # one unit below every digit that the rounding can keep
        position = max(a._exp + _ndigits(a._coef) - prec, etiny)
        low = min(a._exp, position - 1) - 2
    if a._coef == 0:
        c, exp = 0, low
    elif a._exp > low:
        c, exp = a._coef * _pow10(a._exp - low), low
    else:
        c, exp = a._coef, a._exp
    value = (-c if a._sign else c) + direction
    sign = 1 if value < 0 else 0
    scratch = _Status()
    return _finish(ctx, sign, abs(value), exp, scratch,
                   ROUND_CEILING if direction > 0 else ROUND_FLOOR)


def _op_next_toward(ctx, a, b, st):
    n = _nans(ctx, st, a, b)
    if n is not None:
        return n
    c = _compare_values(a, b)
    if c == 0:
        return _new(b._sign, a._coef, a._exp, a._kind)
    r = _op_next(ctx, a, st, 1 if c < 0 else -1)
    if r._kind == _INF:
        st.add(Overflow)
        st.add(Inexact)
        st.add(Rounded)
    elif r._coef == 0 or (r._exp + _ndigits(r._coef) - 1 < ctx.Emin):
        st.add(Underflow)
        st.add(Subnormal)
        st.add(Inexact)
        st.add(Rounded)
        if r._coef == 0:
            st.add(Clamped)
    return r


# ---------------------------------------------------------------------------------------
# Contexts.

# The order in which a context's repr names its flags and traps: the conditions in the order
# of CPython's condition bits, each shown under the name of its signal.
_CONDITION_ORDER = (Clamped, ConversionSyntax, DivisionByZero, DivisionImpossible,
                    DivisionUndefined, Inexact, InvalidContext, InvalidOperation, FloatOperation,
                    Overflow, Rounded, Subnormal, Underflow)


def _conditions_of(signal):
    if signal is InvalidOperation:
        return (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
                InvalidOperation)
    return (signal,)


class _SignalDict(dict):
    """A context's flags or traps: one bool per signal, keys fixed.  It also remembers which
    conditions set each signal, for the context's repr."""

    def __init__(self, on=()):
        dict.__init__(self)
        self._conditions = set()
        for s in _SIGNAL_ORDER:
            dict.__setitem__(self, s, s in on)
            if s in on:
                self._conditions.update(_conditions_of(s))

    def __getitem__(self, key):
        if key not in _SIGNAL_ORDER:
            raise KeyError(key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        if key not in _SIGNAL_ORDER:
            raise KeyError('invalid error flag')
        value = bool(value)
        dict.__setitem__(self, key, value)
        if value:
            self._conditions.update(_conditions_of(key))
        else:
            self._conditions.difference_update(_conditions_of(key))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, dict.__getitem__(self, s)) for s in _SIGNAL_ORDER) + '}'

    def copy(self):
        d = _SignalDict()
        for s in _SIGNAL_ORDER:
            dict.__setitem__(d, s, dict.__getitem__(self, s))
        d._conditions = set(self._conditions)
        return d

    def _raise(self, condition):
        dict.__setitem__(self, _signal_of(condition), True)
        self._conditions.add(condition)

    def _names(self):
        names = []
        for c in _CONDITION_ORDER:
            if c in self._conditions:
                name = _signal_of(c).__name__
                if name not in names:
                    names.append(name)
        return names


def _signal_dict_from(value, what):
    if isinstance(value, _SignalDict):
        return value.copy()
    if isinstance(value, dict):
        if len(value) != len(_SIGNAL_ORDER) or any(s not in value for s in _SIGNAL_ORDER):
            raise KeyError('invalid signal dict')
        return _SignalDict([s for s in _SIGNAL_ORDER if value[s]])
    if isinstance(value, (list, tuple, set, frozenset)):
        for s in value:
            if s not in _SIGNAL_ORDER:
                raise KeyError('invalid error flag' if 0 else s)
        return _SignalDict(value)
    raise TypeError('argument must be a signal dict')


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class Context(object):
    """The environment of decimal operations: precision, rounding mode, exponent limits,
    and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext if DefaultContext is not None else None
        if template is None:
            defaults = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                        [DivisionByZero, Overflow, InvalidOperation])
        else:
            defaults = (template.prec, template.rounding, template.Emin, template.Emax,
                        template.capitals, template.clamp, [], template.traps)
        values = (prec, rounding, Emin, Emax, capitals, clamp, flags, traps)
        for name, value, default in zip(_CONTEXT_FIELDS, values, defaults):
            if value is None:
                if name == 'traps' and template is not None:
                    object.__setattr__(self, 'traps', template.traps.copy())
                    continue
                value = default
            setattr(self, name, value)

    def __setattr__(self, name, value):
        if name == 'prec':
            value = _int_arg(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MESSAGE)
        elif name == 'Emin':
            value = _int_arg(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            value = _int_arg(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            value = _int_arg(value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            value = _int_arg(value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name in ('flags', 'traps'):
            value = _signal_dict_from(value, name)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    ', '.join(self.flags._names()), ', '.join(self.traps._names())))

    __str__ = __repr__

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, [s for s in _SIGNAL_ORDER if self.flags[s]],
                                 [s for s in _SIGNAL_ORDER if self.traps[s]]))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags, self.traps)

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNAL_ORDER:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNAL_ORDER:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    # -- signalling ----------------------------------------------------------------------

    def _signal(self, conditions):
        """Raise the flags of the conditions; raise the first trapped one as an exception."""
        if not conditions:
            return
        flags = self.flags
        signal_of = _SIGNAL_OF
        for c in conditions:
            s = signal_of[c]
            dict.__setitem__(flags, s, True)
            flags._conditions.add(c)
        traps = self.traps
        for c in conditions:
            if dict.__getitem__(traps, signal_of[c]):
                break
        else:
            return
        trapped = []
        for s in _SIGNAL_ORDER:
            if dict.__getitem__(traps, s):
                for c in conditions:
                    if signal_of[c] is s:
                        trapped.append(c)
        raise signal_of[trapped[0]](trapped)

    def _set_flag_only(self, signal):
        self.flags._raise(signal)

    def _apply(self, a):
        return self.plus(a)

    def _run(self, op, *args, **options):
        """op(self, *args, status, **options), then the signals of what it reported."""
        st = _Status()
        r = op(self, *args, st, **options)
        self._signal(st.conditions)
        return r

    # -- conversions ---------------------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            parsed = _parse(num)
            if parsed is None:
                self._signal([ConversionSyntax])
                return _new(0, 0, 0, _QNAN)
            d = _new(*parsed)
        elif isinstance(num, float):
            self._signal([FloatOperation])
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._kind >= _QNAN:
            if d._coef and _ndigits(d._coef) > self.prec - self.clamp:
                self._signal([ConversionSyntax])
                return _new(0, 0, 0, _QNAN)
            return _new(d._sign, d._coef, 0, d._kind)
        if d._kind == _INF:
            return d
        return self._run(_op_fit, d)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._kind:
            return d
        return self._run(_op_fit, d)

    def to_sci_string(self, a):
        return _to_string(_operand(a), False, self.capitals)

    def to_eng_string(self, a):
        return _to_string(_operand(a), True, self.capitals)

    def copy_decimal(self, a):
        return _operand(a)

    # -- arithmetic ------------------------------------------------------------------------

    def add(self, a, b):
        return self._run(_op_add, _operand(a), _operand(b))

    def subtract(self, a, b):
        return self._run(_op_add, _operand(a), _operand(b), negate_b=True)

    def multiply(self, a, b):
        return self._run(_op_multiply, _operand(a), _operand(b))

    def divide(self, a, b):
        return self._run(_op_divide, _operand(a), _operand(b))

    def divide_int(self, a, b):
        return self._run(_op_divide_int, _operand(a), _operand(b))

    def remainder(self, a, b):
        return self._run(_op_remainder, _operand(a), _operand(b))

    def remainder_near(self, a, b):
        return self._run(_op_remainder_near, _operand(a), _operand(b))

    def divmod(self, a, b):
        return self._run(_op_divmod, _operand(a), _operand(b))

    def fma(self, a, b, c):
        return self._run(_op_fma, _operand(a), _operand(b), _operand(c))

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return self._run(_op_power_modulo, _operand(a), _operand(b), _operand(modulo))
        return self._run(_op_power, _operand(a), _operand(b))

    def plus(self, a):
        return self._run(_op_plus, _operand(a))

    def minus(self, a):
        return self._run(_op_minus, _operand(a))

    def abs(self, a):
        return self._run(_op_abs, _operand(a))

    def sqrt(self, a):
        return self._run(_op_sqrt, _operand(a))

    def exp(self, a):
        return self._run(_op_exp, _operand(a))

    def ln(self, a):
        return self._run(_op_ln, _operand(a))

    def log10(self, a):
        return self._run(_op_ln, _operand(a), base10=True)

    def logb(self, a):
        return self._run(_op_logb, _operand(a))

    def scaleb(self, a, b):
        return self._run(_op_scaleb, _operand(a), _operand(b))

    def shift(self, a, b):
        return self._run(_op_shift, _operand(a), _operand(b), rotate=False)

    def rotate(self, a, b):
        return self._run(_op_shift, _operand(a), _operand(b), rotate=True)

    def normalize(self, a):
        return self._run(_op_normalize, _operand(a))

    def quantize(self, a, b):
        return self._quantize(_operand(a), _operand(b), self.rounding)

    def _quantize(self, a, b, mode):
        return self._run(_op_quantize, a, b, mode)

    def to_integral_value(self, a):
        return self._to_integral(_operand(a), self.rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._to_integral(_operand(a), self.rounding, True)

    def _to_integral(self, a, mode, exact):
        return self._run(_op_to_integral, a, mode, exact)

    def next_plus(self, a):
        return self._run(_op_next, _operand(a), direction=1)

    def next_minus(self, a):
        return self._run(_op_next, _operand(a), direction=-1)

    def next_toward(self, a, b):
        return self._run(_op_next_toward, _operand(a), _operand(b))

    # -- comparisons ---------------------------------------------------------------------

    def compare(self, a, b):
        return self._run(_op_compare, _operand(a), _operand(b), signal=False)

    def compare_signal(self, a, b):
        return self._run(_op_compare, _operand(a), _operand(b), signal=True)

    def compare_total(self, a, b):
        return _compare_total(_operand(a), _operand(b), False)

    def compare_total_mag(self, a, b):
        return _compare_total(_operand(a), _operand(b), True)

    def _max_min(self, a, b, want_max, magnitude):
        return self._run(_op_max_min, _operand(a), _operand(b), want_max=want_max,
                         magnitude=magnitude)

    def max(self, a, b):
        return self._max_min(a, b, True, False)

    def min(self, a, b):
        return self._max_min(a, b, False, False)

    def max_mag(self, a, b):
        return self._max_min(a, b, True, True)

    def min_mag(self, a, b):
        return self._max_min(a, b, False, True)

    # -- logical ---------------------------------------------------------------------------

    def logical_and(self, a, b):
        return self._run(_op_logical, _operand(a), _operand(b), fn=lambda p, q: p and q)

    def logical_or(self, a, b):
        return self._run(_op_logical, _operand(a), _operand(b), fn=lambda p, q: p or q)

    def logical_xor(self, a, b):
        return self._run(_op_logical, _operand(a), _operand(b), fn=lambda p, q: p != q)

    def logical_invert(self, a):
        return self._run(_op_logical, _operand(a), None, fn=lambda p, q: not p)

    # -- quiet queries -------------------------------------------------------------------

    def copy_abs(self, a):
        return _operand(a).copy_abs()

    def copy_negate(self, a):
        return _operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _operand(a).copy_sign(_operand(b))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _operand(a).is_finite()

    def is_infinite(self, a):
        return _operand(a).is_infinite()

    def is_nan(self, a):
        return _operand(a).is_nan()

    def is_qnan(self, a):
        return _operand(a).is_qnan()

    def is_snan(self, a):
        return _operand(a).is_snan()

    def is_signed(self, a):
        return _operand(a).is_signed()

    def is_zero(self, a):
        return _operand(a).is_zero()

    def is_normal(self, a):
        return _operand(a).is_normal(self)

    def is_subnormal(self, a):
        return _operand(a).is_subnormal(self)

    def number_class(self, a):
        return _operand(a).number_class(self)

    def same_quantum(self, a, b):
        return _operand(a).same_quantum(_operand(b))


def _int_arg(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])

_ONES = (_new(1, 1, 0), _new(0, 1, 0))
_DEC_BY_CMP = {-1: _new(1, 1, 0), 0: _new(0, 0, 0), 1: _new(0, 1, 0)}


# ---------------------------------------------------------------------------------------
# The current context, one per thread.

import _thread

_local = _thread._local()


def getcontext():
    """The current thread's context (a fresh copy of DefaultContext at first use)."""
    try:
        return _local.context
    except AttributeError:
        ctx = Context()
        _local.context = ctx
        return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager(object):
    """What localcontext() returns: sets a copy of a context for a with block."""

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in _CONTEXT_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new, name, value)
    return _ContextManager(new)


_numbers.Number.register(Decimal)

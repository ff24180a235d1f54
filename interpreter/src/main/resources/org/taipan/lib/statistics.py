"""Basic statistics (Taipan's own implementation of CPython 3.11's statistics
module). Averages and variances are computed exactly on rationals and
rounded once, so the float results are the correctly rounded ones CPython
gives. Not provided yet: NormalDist.inv_cdf, NormalDist.quantiles,
NormalDist.overlap.  Decimal data give Decimal results, rounded in the
current decimal context."""

import math
import random
import sys
from fractions import Fraction
from collections import Counter, namedtuple
from itertools import groupby, repeat
from functools import reduce
from bisect import bisect_left, bisect_right
from operator import mul

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance',
           'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression',
           'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


# -- exact summation -----------------------------------------------------------

def _as_ratio(x):
    """(numerator, denominator) of x; (x, None) for infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        "to numerator/denominator") from None


def _coerce(T, S):
    """The type a result of mixing T and S data is converted back to."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_sum(data):
    """(result type, exact total, count); the total is a float for inf/nan."""
    count = 0
    types = set()
    by_denominator = {}
    for typ, group in groupby(data, type):
        types.add(typ)
        for n, d in map(_as_ratio, group):
            count += 1
            by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return reduce(_coerce, types, int), total, count


def _sum_of_squares(data, center=None):
    """(result type, exact sum of squared deviations, mean, count)."""
    if center is not None:
        T, total, count = _exact_sum((d := x - center) * d for x in data)
        return T, total, center, count
    count = 0
    types = set()
    sums = {}
    squares = {}
    for typ, group in groupby(data, type):
        types.add(typ)
        for n, d in map(_as_ratio, group):
            count += 1
            sums[d] = sums.get(d, 0) + n
            squares[d] = squares.get(d, 0) + n * n
    if not count:
        ssd = mean_value = Fraction(0)
    elif None in sums:
        ssd = mean_value = sums[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sums.items())
        sxx = sum(Fraction(n, d * d) for d, n in squares.items())
        ssd = (count * sxx - sx * sx) / count
        mean_value = sx / count
    return reduce(_coerce, types, int), ssd, mean_value, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if _is_decimal_type(T) and isinstance(value, Fraction):
        # a Decimal result is the quotient rounded by the current decimal context
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _is_decimal_type(T):
    decimal = sys.modules.get('decimal')
    return decimal is not None and issubclass(T, decimal.Decimal)


def _spread_root(mss, T):
    """The square root of a mean of squares, as a float or (for Decimal data) a Decimal."""
    if isinstance(mss, float):
        return math.sqrt(mss)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_fraction(mss.numerator, mss.denominator)
    return _sqrt_of_fraction(mss.numerator, mss.denominator)


def _decimal_sqrt_of_fraction(n, m):
    """sqrt(n/m) rounded once by the current decimal context: an integer root with
    two digits more than the precision, made sticky when inexact, then rounded by +."""
    from decimal import Decimal, getcontext
    if n == 0:
        return Decimal(0)
    prec = getcontext().prec
    k = prec + 2 - (len(str(n // m)) + 1) // 2 + 1
    if k >= 0:
        num, den = n * 10 ** (2 * k), m
    else:
        num, den = n, m * 10 ** (-2 * k)
    q = num // den
    root = math.isqrt(q)
    if (root * root != q or q * den != num) and root % 5 == 0:
        root += 1
    return +Decimal((0, tuple(map(int, str(root))), -k))


def _sqrt_of_fraction(n, m):
    """sqrt(n/m) correctly rounded to a float: take an integer square root
    with enough extra bits, make it sticky (round-to-odd), and let the final
    int/int division do the single rounding."""
    extra_bits = 2 * sys.float_info.mant_dig + 3
    q = (n.bit_length() - m.bit_length() - extra_bits) // 2

    def sticky_isqrt(a, b):
        root = math.isqrt(a // b)
        return root | (root * root * b != a)

    if q >= 0:
        return (sticky_isqrt(n, m << 2 * q) << q) / 1
    return sticky_isqrt(n << -2 * q, m) / (1 << -q)


# -- averages ------------------------------------------------------------------

def mean(data):
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x
        data = counted(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not hasattr(weights, '__len__'):
        weights = list(weights)
    weighted_total = math.fsum(map(mul, data, weights))
    if len(weights) != n:
        raise StatisticsError('data and weights must be the same length')
    weight_sum = math.fsum(weights)
    if weight_sum:
        return weighted_total / weight_sum
    raise StatisticsError('sum of weights must be non-zero')


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(negative)
            return x
        raise TypeError('unsupported type')
    if weights is not None:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_no_negatives(weights, negative))[1]
    else:
        weights, weight_sum = repeat(1, n), n
    # A zero data point makes the harmonic mean zero.
    terms = (w / x if w else 0
             for w, x in zip(weights, _no_negatives(data, negative)))
    try:
        kind, reciprocal_sum, _ = _exact_sum(terms)
    except ZeroDivisionError:
        return 0
    if reciprocal_sum <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_sum / reciprocal_sum, kind)


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def _sorted_for_median(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered, len(ordered) // 2


def median(data):
    ordered, mid = _sorted_for_median(data)
    if len(ordered) & 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def median_low(data):
    ordered, mid = _sorted_for_median(data)
    return ordered[mid] if len(ordered) & 1 else ordered[mid - 1]


def median_high(data):
    ordered, mid = _sorted_for_median(data)
    return ordered[mid]


def median_grouped(data, interval=1.0):
    data, mid = _sorted_for_median(data)
    n = len(data)
    x = data[mid]
    # The run of values equal to the middle one is the median class.
    below = bisect_left(data, x)
    run_end = bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (run_end - below)


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# -- spread --------------------------------------------------------------------

def variance(data, xbar=None):
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _spread_root(ss / (n - 1), T)


def pstdev(data, mu=None):
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _spread_root(ss / n, T)


def _mean_stdev(data):
    T, ss, xbar, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if isinstance(mss, float):
        return float(xbar), math.sqrt(mss)
    return float(xbar), _sqrt_of_fraction(mss.numerator, mss.denominator)


# -- two variables -------------------------------------------------------------

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution ---------------------------------------------------

class NormalDist:
    """Normal distribution of a random variable, with mean mu and standard
    deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state

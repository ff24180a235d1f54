"""Pseudo-random numbers built on the Mersenne Twister core of _random.

Taipan's own implementation. What matters for compatibility is the order and
number of calls each function makes to random()/getrandbits() and the exact
floating-point formula applied to the results: for a given seed every
function here returns what CPython 3.11's random module returns.
"""

import math as _math
from math import log as _log, exp as _exp, sqrt as _sqrt, floor as _floor
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from _collections_abc import Sequence as _Sequence
import _random

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Documented module constants, used by the distributions below.
TWOPI = 2.0 * _math.pi
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                 # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_DEFAULT_STEP = 1        # identity tells randrange whether a step was given


def _range_bound(value, label):
    """randrange's argument rule: int-likes as they are; integral floats, deprecated."""
    index = getattr(type(value), '__index__', None)
    if index is not None:
        return index(value)
    import warnings
    as_int = int(value)
    if as_int == value:
        warnings.warn("non-integer arguments to randrange() have been deprecated since "
                      "Python 3.10 and will be removed in a subsequent version",
                      DeprecationWarning, 3)
        return as_int
    warnings.warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
    raise ValueError("non-integer %s for randrange()" % label)


def _legacy_text_seed(text):
    """Version-1 seeding of str/bytes: an old string hash turned into an int."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    codes = [ord(ch) for ch in text]
    h = codes[0] << 7 if codes else 0
    for code in codes:
        h = ((1000003 * h) ^ code) & 0xFFFFFFFFFFFFFFFF
    h ^= len(codes)
    return -2 if h == -1 else h


def _text_seed(data):
    """Version-2 seeding of str/bytes/bytearray: the bytes followed by their SHA-512."""
    raw = data.encode() if isinstance(data, str) else bytes(data)
    return int.from_bytes(raw + _random._sha512(raw), 'big')


_SEEDABLE = (type(None), int, float, str, bytes, bytearray)


class Random(_random.Random):
    """A generator with the full set of distributions; subclass to plug in another core.

    A subclass that defines random() (and maybe getrandbits()) gets integer
    choices derived from whichever of the two it provides.
    """

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # The nearest class in the MRO that defines one of these decides.
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- state --------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Reinitialise the generator from a (None means fresh entropy)."""
        if isinstance(a, (str, bytes)) and version == 1:
            a = _legacy_text_seed(a)
        elif isinstance(a, (str, bytes, bytearray)) and version == 2:
            a = _text_seed(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """An object that setstate() accepts to resume from this point."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Resume from a state returned by getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, core, self.gauss_next = state
        if version == 2:
            # Old pickles may hold signed words.
            try:
                core = tuple(word % (2 ** 32) for word in core)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(core)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (type(self), (), self.getstate())

    # -- integers -----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        # Draw as many bits as n needs, retrying until the value is below n.
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(self.random() * n)
        # Reject the top sliver of [0, 1) so every residue is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = self.random()
            if u < cutoff:
                return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(8 * n).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """A random member of range(start, stop, step) (or of range(start) alone)."""
        first = _range_bound(start, "arg 1")
        if stop is None:
            if step is not _DEFAULT_STEP:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        last = _range_bound(stop, "stop")
        span = last - first
        stride = _range_bound(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (first, last, span))
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of members of the range: ceil(span / stride) for either sign.
        slots = (span + stride + (-1 if stride > 0 else 1)) // stride
        if slots <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(slots)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences ----------------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the list x in random order, in place (Fisher-Yates, from the end)."""
        pick = self._randbelow
        for hi in reversed(range(1, len(x))):
            lo = pick(hi + 1)
            x[hi], x[lo] = x[lo], x[hi]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, in selection order, as a new list."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        chosen = [None] * k
        if size <= self._pool_limit(k):
            self._sample_from_pool(population, size, chosen)
        else:
            self._sample_by_index(population, size, chosen)
        return chosen

    def _sample_counted(self, population, size, k, counts):
        # Each element stands for `count` copies: sample positions in the expanded
        # range, then map every position back to its element.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        positions = self.sample(range(total), k=k)
        return [population[_bisect(bounds, pos)] for pos in positions]

    @staticmethod
    def _pool_limit(k):
        # Up to this population size a copied pool is cheaper than a set of taken
        # indexes. The threshold decides which draws happen, so it is part of the
        # observable behaviour.
        limit = 21
        if k > 5:
            limit += 4 ** _math.ceil(_log(3 * k, 4))
        return limit

    def _sample_from_pool(self, population, size, chosen):
        pool = list(population)
        for slot in range(len(chosen)):
            left = size - slot
            at = self._randbelow(left)
            chosen[slot] = pool[at]
            pool[at] = pool[left - 1]   # the last live element fills the gap

    def _sample_by_index(self, population, size, chosen):
        taken = set()
        for slot in range(len(chosen)):
            at = self._randbelow(size)
            while at in taken:
                at = self._randbelow(size)
            taken.add(at)
            chosen[slot] = population[at]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population drawn with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = float(size)
                return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError(
                        f'The number of choices must be a keyword argument: {k=}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -----------------------------------------

    def uniform(self, a, b):
        """A float between a and b (either end may be reached through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # Mirror the upper part onto the lower one.
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution by the ratio-of-uniforms method (thread-safe, unlike gauss)."""
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; each pair of draws serves two calls."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            theta = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _math.cos(theta) * radius
            self.gauss_next = _math.sin(theta) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: an angle in [0, 2*pi)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            cz = _math.cos(_math.pi * self.random())
            d = cz / (rho + cz)
            trial = self.random()
            if trial < 1.0 - d * d or trial <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        offset = _math.acos((inv + cz) / (1.0 + inv * cz))
        if self.random() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_large_shape(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_large_shape(self, alpha):
        # Cheng's rejection method, for shape > 1.
        root = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        lift = alpha + root
        while True:
            u = self.random()
            if not (1e-7 < u < 0.9999999):
                continue
            w = 1.0 - self.random()
            v = _log(u / (1.0 - u)) / root
            x = alpha * _exp(v)
            z = u * u * w
            t = shift + lift * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
                return x

    def _gamma_small_shape(self, alpha):
        # Ahrens and Dieter's rejection method, for 0 < shape < 1.
        edge = (_math.e + alpha) / _math.e
        while True:
            p = edge * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                accept = self.random() <= _exp(-x)
            else:
                x = -_log((edge - p) / alpha)
                accept = self.random() <= x ** (alpha - 1.0)
            if accept:
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma variates."""
        left = self.gammavariate(alpha, 1.0)
        if not left:
            return 0.0
        return left / (left + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        tail = -_log(1.0 - self.random())
        return alpha * tail ** (1.0 / beta)


class SystemRandom(Random):
    """Numbers straight from the operating system's entropy source: no state, no seeding."""

    def random(self):
        """A float in [0, 1) made of 53 fresh random bits."""
        return (int.from_bytes(_random._urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int made of k fresh random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        whole_bytes = (k + 7) // 8
        bits = int.from_bytes(_random._urandom(whole_bytes), 'big')
        return bits >> (8 * whole_bytes - k)

    def randbytes(self, n):
        """n fresh random bytes."""
        return _random._urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: there is no state to seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions are the bound methods of one shared generator.
_inst = Random()

for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice',
              'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
              'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
              'gauss', 'betavariate', 'paretovariate', 'weibullvariate',
              'getstate', 'setstate', 'getrandbits', 'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name

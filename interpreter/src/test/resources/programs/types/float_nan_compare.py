# NaN and infinities in comparisons, containers, min/max, sorting, hashing; negative zero.
nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print([nan] == [nan], nan in [nan], float('nan') in [nan], (nan,) == (nan,))
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf, inf - inf, inf * 0, inf / inf if False else 'skip')
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 < 0.0, 1 / inf, -1 / inf)
print(max(1, nan), max(nan, 1), min(nan, 2), min(2, nan))
d = {nan: 'a'}
print(d.get(nan), d.get(float('nan')))
print(len({nan, nan, float('nan')}))
print(sorted([3, 1, 2]), inf + 1, -inf * -1, type(inf).__name__)
print(1e308 + 1e308, -(1e308 + 1e308), 2 * 1e308 - 1e308)
import math
print(math.isnan(inf - inf), math.inf == inf, math.nan != math.nan)
print(round(-0.4), round(-0.0, 1), abs(-0.0), -0.0 + 0.0, 0.0 - 0.0)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(int(-0.0), float(-0), divmod(-0.0, 1.0))
print(float('-nan') != float('-nan'), str(float('-nan')))

# statistics: averages and spread, exact results on many generated data sets
import statistics as st
from fractions import Fraction

seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed

datasets = []
for k in range(12):
    size = 2 + rand() % 9
    datasets.append([rand() % 1000 / (1 + rand() % 97) for _ in range(size)])
datasets += [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, -0.75], [1e100, 3e100, -2e99],
             [Fraction(1, 3), Fraction(2, 7), 1], [True, False, True], [0.1] * 7]
for data in datasets:
    print(repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)),
          repr(st.median_low(data)), repr(st.median_high(data)))
    print('  ', repr(st.variance(data)), repr(st.pvariance(data)),
          repr(st.stdev(data)), repr(st.pstdev(data)))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([7]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5, 0, 3]), st.harmonic_mean([7]))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.fmean(iter([1, 2, 3, 4])))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1.5, 2.5, 2.5, 2.75], mu=2.3125))
print(st.stdev([Fraction(1, 2), Fraction(3, 4), 1]), type(st.variance([Fraction(1), 2, 3])).__name__)
print(st.mean([1, 2, 3, 4, 4]), type(st.mean([1, 2, 3])).__name__, type(st.mean([1.0, 3])).__name__)
for bad in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]),
            lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.median([]),
            lambda: st.fmean([]), lambda: st.geometric_mean([1, -1]),
            lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([]),
            lambda: st.mean(['a', 'b']), lambda: st.fmean([1, 2], weights=[1]),
            lambda: st.median_grouped(['a', 'b', 'c'])):
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(st.StatisticsError, ValueError))

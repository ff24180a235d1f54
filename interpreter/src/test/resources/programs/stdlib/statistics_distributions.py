# statistics: mode, quantiles, two-variable functions and NormalDist basics
import statistics as st

print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red']))
print(st.mode('aabbbc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1, 2]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(data, n=10))
print(st.quantiles(data, n=4, method='inclusive'), st.quantiles([1, 2], n=3))
print(st.quantiles([1.5, 2.5, 9.0], n=5), st.quantiles(range(100), n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]))
lr = st.linear_regression(x, [2 * v + 1.5 for v in x])
print(lr, lr.slope, lr.intercept, st.linear_regression(x, y, proportional=True))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), nd.pdf(130), nd.cdf(100), round(nd.cdf(115), 12), nd.zscore(130))
print(nd + 5, nd - 10, nd * 2, nd / 3, -nd, +nd, 5 + nd, 200 - nd)
print(nd + st.NormalDist(1, 20), nd == st.NormalDist(100.0, 15.0), hash(nd) == hash(st.NormalDist(100, 15)))
fs = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fs, round(fs.mean, 12), round(fs.stdev, 12), len(nd.samples(5, seed=1)))
for bad in (lambda: st.mode([]), lambda: st.quantiles([1], n=4), lambda: st.quantiles(data, n=0),
            lambda: st.quantiles(data, method='other'), lambda: st.NormalDist(0, -1),
            lambda: st.NormalDist(1, 0).pdf(1), lambda: st.NormalDist(1, 0).cdf(1),
            lambda: st.covariance([1, 2], [1]), lambda: st.correlation([1], [1]),
            lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]),
            lambda: st.NormalDist.from_samples([1])):
    try:
        print(bad())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__ + ':', e)

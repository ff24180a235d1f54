# The real-valued distributions call the generator exactly as CPython does.
import random

r = random.Random(31337)
print("uniform", [r.uniform(-1, 1) for _ in range(3)], r.uniform(5, 5))
print("triangular", r.triangular(), r.triangular(0, 10, 2), r.triangular(3, 3, 3), r.triangular(0, 1, 1))
print("normal", [r.normalvariate(10, 2) for _ in range(4)])
print("gauss", r.gauss(), r.gauss(), r.gauss(5, 0.1))
r.seed(1)
g1 = r.gauss()
r.seed(1)
print("gauss cache reset by seed", g1 == r.gauss())
print("lognorm", r.lognormvariate(0, 0.5), r.lognormvariate(1, 0.25))
print("expo", [r.expovariate(1.5) for _ in range(3)])
print("vonmises", r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(3, 0.5))
print("gamma<1", [r.gammavariate(0.3, 2) for _ in range(3)])
print("gamma=1", r.gammavariate(1.0, 3))
print("gamma>1", [r.gammavariate(4.5, 1) for _ in range(3)])
print("beta", [r.betavariate(2, 5) for _ in range(3)], r.betavariate(0.5, 0.5))
print("pareto", r.paretovariate(3), r.paretovariate(0.5))
print("weibull", r.weibullvariate(1, 1.5), r.weibullvariate(2, 0.5))
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    r.gammavariate(1, -1)
except ValueError as e:
    print("ValueError:", e)
for seed in range(5):
    random.seed(seed)
    print(seed, round(random.gauss(100, 15), 9), round(random.normalvariate(), 12),
          round(random.betavariate(1.5, 1.5), 12))

import profile
import re


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    return [fib(i) for i in range(12)]


p = profile.Profile()
p.runcall(work)
p.create_stats()
rows = []
for (filename, line, name), (cc, nc, tt, ct, callers) in sorted(p.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    rows.append((name, line, cc, nc, sorted((c[2], n) for c, n in [(k, v if isinstance(v, int) else v[0]) for k, v in callers.items()])))
for r in rows:
    print(re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(r)))

total = sum(x * x for x in range(10))
any(p(x) for x in y)
f(x for x in y)
dict((k, v) for k, v in pairs)

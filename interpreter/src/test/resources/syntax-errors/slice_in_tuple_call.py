f(a:b)

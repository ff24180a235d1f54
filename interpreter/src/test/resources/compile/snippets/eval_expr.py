a + b * f(c)

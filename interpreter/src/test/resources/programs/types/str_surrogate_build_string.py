hi, lo = '\ud800', '\udc00'
s = '%s%s' % (hi, lo)
print(len(s), ascii(s))
t = f'{hi}{lo}'
print(len(t), ascii(t))

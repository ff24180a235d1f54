# pass, del of names, attributes, items, slices, and tuple targets; augmented assignment forms.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {'x': 1, 'y': 2}
del a
print('a' in dir())
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c['x']
print(c)


class O:
    pass


o = O()
o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
try:
    del c['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    del o.missing
except AttributeError as e:
    print('AttributeError:', e)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
n <<= 4
n >>= 1
n |= 1
n &= 0b1111
n ^= 0b101
print(n)
s = 'ab'
s *= 3
s += '!'
print(s)
f = 7.0
f /= 2
print(f)
if True:
    pass
else:
    pass
print('pass done')

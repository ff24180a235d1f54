a = b + c - d * e / f // g % h ** i
j = k << l >> m & n | o ^ p @ q
r = -a + (+b) - (~c)
s = not a
t = a if b else c

# Instances whose attributes a shape cannot hold (too many names, too many branches, names
# that are not exact str) keep them in a dict: reads, writes and vars() stay the same.

class Q:
    pass


# many attributes and unusual names
m = Q()
for i in range(50):
    setattr(m, "attr%d" % i, i)
setattr(m, "with space", 1)
setattr(m, "", 2)
print(sum(getattr(m, "attr%d" % i) for i in range(50)), getattr(m, "with space"), getattr(m, ""), len(vars(m)))

class S(str):
    pass

s = Q()
setattr(s, S("sub"), 5)
print(s.sub, [type(k).__name__ for k in vars(s)])

# many instances of one class, each starting with a name of its own (more branches than a
# shape keeps), read back through one site
many = []
for i in range(40):
    o = Q()
    setattr(o, "own%d" % i, i)
    o.common = -i
    many.append(o)
print(sum(o.common for o in many), [getattr(o, "own%d" % i) for i, o in enumerate(many)][-3:],
      [list(vars(o)) for o in many[-2:]])

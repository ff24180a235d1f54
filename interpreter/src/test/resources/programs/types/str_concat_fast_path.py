# str + str takes a fast path for exact strs: subclasses overriding + and +=, split surrogate
# pairs meeting at the seam, and the errors must behave as before.
class S(str):
    def __add__(self, o): return "S+" + str.__add__(self, o)
    def __radd__(self, o): return "rS+" + str.__add__(o, self)
a = "\ud800"; b = "\udc00"
c = a + b
print(len(c), ascii(c), len(c + "x"), ascii("x" + c))
s = "ab"; s += "cd"; s += S("e"); print(s)
print(S("q") + "z", "z" + S("q"))
t = "x"; t += S("y"); print(t, type(t).__name__)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    x = "a"; x += None
except TypeError as e:
    print(e)
print(ascii("\U0001F600" + "\ud83d"), len("\U0001F600" + "\ud83d"))
class T(str):
    def __iadd__(self, o): return "T+=" + o
u = T("m"); u += "n"; print(u)
parts = ""
for w in ["\ud83d", "\ude00", "a", "\U0001F600"]:
    parts += w
print(len(parts), ascii(parts), ascii(parts[:2]), parts[:2] == "\U0001F600")
print(("ab" + "") is not None, "" + "cd", len("" + "\udc00"))

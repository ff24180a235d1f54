from __future__ import annotations
a: [x for x in y if x]
b: {k for k in z for j in k}
c: (v async for v in w)
d: {k: v for k, v in items}

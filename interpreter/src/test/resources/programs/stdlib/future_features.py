# The __future__ module: feature records and compiler flags.
import __future__
from __future__ import annotations

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(repr(__future__.annotations), __future__.CO_FUTURE_ANNOTATIONS)


def f(x: undefined_name) -> also_undefined:
    return x


print(f.__annotations__)
code = compile("def g(a: int): pass", "<f>", "exec", __future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["g"].__annotations__)

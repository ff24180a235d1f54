"""Records expected results for StrTypesExpressionTest from CPython 3.11.

Reads interpreter/src/test/resources/objects/strtypes_exprs.txt (one Python expression per line,
'#' comments) and writes strtypes_cases.txt next to it: the expression, a TAB, then repr(value)
or '!ExceptionType: message'. Run: python3 tools/record_strtypes_cases.py
"""
import sys
assert sys.version_info[:3] == (3, 11, 7), "record with CPython 3.11.7"
import os
import warnings
warnings.simplefilter("ignore")
here = os.path.join(os.path.dirname(__file__), "..", "interpreter", "src", "test", "resources", "objects")
out = []
with open(os.path.join(here, "strtypes_exprs.txt"), encoding="utf-8") as f:
    for line in f:
        expr = line.rstrip("\n")
        if not expr.strip() or expr.startswith("#"):
            continue
        try:
            r = repr(eval(expr, {}))
        except Exception as e:
            r = "!" + type(e).__name__ + ": " + str(e)
        assert "\t" not in expr and "\n" not in r, expr
        out.append(expr + "\t" + r.encode("utf-8", "backslashreplace").decode("utf-8"))
with open(os.path.join(here, "strtypes_cases.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(len(out), "cases")

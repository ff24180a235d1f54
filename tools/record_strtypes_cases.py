"""Records expected results for StrTypesExpressionTest from CPython 3.11.

Reads interpreter/src/test/resources/objects/strtypes*_exprs.txt (one Python expression per line,
'#' comments) and writes the matching *_cases.txt next to each: the expression, a TAB, then repr(value)
or '!ExceptionType: message'. Run: python3 tools/record_strtypes_cases.py
"""
import sys
assert sys.version_info[:3] == (3, 11, 7), "record with CPython 3.11.7"
import os
import warnings
warnings.simplefilter("ignore")
here = os.path.join(os.path.dirname(__file__), "..", "interpreter", "src", "test", "resources", "objects")
import glob
for src in sorted(glob.glob(os.path.join(here, "strtypes*_exprs.txt"))):
    out = []
    with open(src, encoding="utf-8") as f:
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
    dst = src[:-len("_exprs.txt")] + "_cases.txt"
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(os.path.basename(dst), len(out), "cases")

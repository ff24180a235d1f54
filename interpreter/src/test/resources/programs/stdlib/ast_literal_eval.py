# ast.literal_eval: what it accepts and how it refuses the rest.
import ast

good = ["42", "-3.5", "+7", "1_000", "0x1f", "2+3j", "-1-2j", "'text'", "b'raw'", "u'x'",
        "(1,)", "()", "[1, [2, (3, {4: 5})]]", "{'a': 1, 'b': [True, False, None]}", "{1, 2}",
        "set()", "  \t 123", "...", "1e10", "-0.0", "(((1)))", "{'nested': {'x': (1, -2)}}",
        "'a' 'b'"]
for text in good:
    value = ast.literal_eval(text)
    print(repr(text), "->", repr(value), type(value).__name__)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=3)))
print(ast.literal_eval(ast.parse("(1, 'x')", mode="eval").body))

bad = ["x", "1 + 2", "2 * 3", "f()", "[1, a]", "{**d}", "-'s'", "1 + 'a'", "3j + 1",
       "not True", "(lambda: 1)", "{1: x}", "set([1])", "a.b", "[i for i in x]"]
for text in bad:
    try:
        ast.literal_eval(text)
        print(repr(text), "accepted?")
    except ValueError as e:
        msg = str(e)
        print(repr(text), "ValueError:", msg.split(": <")[0], "|", type(e).__name__)
    except TypeError as e:
        print(repr(text), "TypeError:", e)
for text in ("1 +", "'unterminated"):
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), "SyntaxError:", e.msg)
node = ast.Dict(keys=[ast.Constant(1)], values=[])
try:
    ast.literal_eval(node)
except ValueError as e:
    print("ValueError:", str(e).split(": <")[0])

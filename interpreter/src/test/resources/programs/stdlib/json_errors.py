# JSONDecodeError messages and attributes, and the encoder's errors.
import json

bad = ['', '   ', '[', ']', '{', '{"a"', '{"a" 1}', '{"a":}', '{"a":1', '{"a":1,}',
       '{"a":1 "b":2}', '{1:2}', "{'a':1}", '[1,]', '[1 2]', '[,1]', '"abc', '"a\\x"',
       '"a\\u12"', '"a\\u12zz"', '"\x01"', '"a\nb"', '1 2', 'nul', 'tru', 'NaN1', '-',
       '01', '1.', '.5', '1.5e+', '[1,\n2,\n  x]', '"\\', '"abc\\', '-Infinityx',
       '\ufeff[1]', 'true false', '"\\u1234', '"\\ud83d\\u12"', '{"a":1,\n"b"', '[1,2,']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed?")
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.args, isinstance(e, ValueError), type(e).__mro__[1].__name__)
print(e.__reduce__()[1])
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)


def encode_error(obj, **kw):
    try:
        print(json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


encode_error(object())
encode_error({"k": {1, 2}})
encode_error([b"bytes"])
encode_error({(1, 2): 3})
encode_error({frozenset(): 3}, indent=2)
encode_error({1: 2, "a": 3}, sort_keys=True)
encode_error(float("nan"), allow_nan=False)
encode_error([float("inf")], allow_nan=False, indent=1)
encode_error({"x": -float("inf")}, allow_nan=False)
loop = []
loop.append(loop)
encode_error(loop)
encode_error(loop, indent=1)
d = {}
d["self"] = d
encode_error(d)


class Thing:
    pass


t = Thing()
encode_error(t, default=lambda o: o)
encode_error([t], default=lambda o: [o], indent=1)
encode_error(t, default=lambda o: {"thing": 1})
try:
    json.dumps(loop, check_circular=False)
except RecursionError as e:
    print("RecursionError", str(e)[:40])

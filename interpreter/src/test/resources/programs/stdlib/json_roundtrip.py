# Round trips of mixed data, the string codecs and floats, deterministic generated data.
import json
import random

rng = random.Random(11)
words = ["alpha", "béta", "gamma\n", "δ", "\u20ac", "\U0001f600", "quote\"", "back\\slash", ""]


def make(depth):
    kind = rng.randrange(7 if depth < 4 else 4)
    if kind == 0:
        return rng.randrange(-10**6, 10**6)
    if kind == 1:
        return rng.random() * 10 ** rng.randrange(-5, 20)
    if kind == 2:
        return rng.choice(words)
    if kind == 3:
        return rng.choice([None, True, False])
    if kind == 4:
        return [make(depth + 1) for _ in range(rng.randrange(4))]
    if kind == 5:
        return {rng.choice(words) + str(i): make(depth + 1) for i in range(rng.randrange(4))}
    return tuple(make(depth + 1) for _ in range(rng.randrange(3)))


for i in range(12):
    value = make(0)
    text = json.dumps(value)
    print(text)
    again = json.loads(text)
    print(json.dumps(again) == text, json.dumps(value, ensure_ascii=False, sort_keys=False) == json.dumps(again, ensure_ascii=False))
print(json.encoder.encode_basestring_ascii("a\u00e9\U0001f600\x00"))
print(json.encoder.encode_basestring("a\u00e9\x00\"\\"))
print(json.encoder.c_make_encoder is not None, json.scanner.make_scanner is not None)
floats = [0.0, 1.0, -1.5, 3.141592653589793, 1e-7, 1.7976931348623157e308, 2.2250738585072014e-308, 123456789.125]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
big = [2**64, -(2**100), 10**50 + 1]
print(json.dumps(big), json.loads(json.dumps(big)) == big)
print(json.dumps({"list": list(range(20))}, separators=(",", ":")))
nested = []
cur = nested
for _ in range(50):
    cur.append([])
    cur = cur[0]
s = json.dumps(nested)
print(len(s), s[:12], json.loads(s) == nested)
print(json.dumps(json.loads('{"a":{"b":{"c":[1,{"d":[]}]}}}'), indent=1))

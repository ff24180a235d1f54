# json.loads: hooks, parse_* callables, strict, bytes input, and the values it builds.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": [1.5, 2, "x", true, false, null], "c": {"d": 1e3, "e": -0}}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[1.10, 2.50, 100]", parse_float=str))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=lambda c: "<" + c + ">"))
print(json.loads(r'"a\tb\u00e9\ud83d\ude00\/"'))
print(ascii(json.loads(r'"\ud800x\udc00"')))
print(repr(json.loads(r'"line1\nline2\t"')))
print(repr(json.loads(r'"raw\ttab and\u0001"')), repr(json.loads('"a\tb"', strict=False)))
print(repr(json.loads('"x\ny\tz\x1f"', strict=False)))
print(json.loads('  \n\t [ 1 , 2 ]  \r\n'))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'[true]')))
for enc in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
    print(enc, json.detect_encoding('["é"]'.encode(enc)), json.loads('["é"]'.encode(enc)))
print(json.loads("123456789012345678901234567890"), json.loads("-0.0"), json.loads("1E400"))
print(json.loads("[1e5, 1E-2, 2.5e+3, 0, -12, 3.25]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"": ""}'), json.loads("[[[[]]]]"), json.loads('[{}, {"x": {}}]'))
d = json.JSONDecoder()
print(d.raw_decode('{"k": [1]} trailing text'), d.raw_decode('xx[2]', 2))
print(json.decoder.scanstring('"hello" world', 1), json.decoder.scanstring('ab"cd"', 3))
print(json.loads(json.dumps({"round": ["trip", 1.25, None, {"ok": True}]})))

# json.dumps: every option, and the exact text it produces.
import json

data = {"name": "Taipan", "tags": ["jvm", "python"], "version": (3, 11), "ok": True,
        "none": None, "ratio": 0.1, "big": 10**30, "neg": -2.5e-10, "nested": {"a": [], "b": {}}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent=-3))
print(json.dumps(data["tags"], separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(";", "=")))
print(json.dumps({"a": [1, 2]}, indent=1, separators=(" ,", " : ")))
print(json.dumps("héllo ☃ \U0001f40d"), json.dumps("héllo ☃ \U0001f40d", ensure_ascii=False))
print(json.dumps("\x00\x1f\x7f\"\\/\b\f\n\r\t"), json.dumps("\x7f\x80", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 1e-5, 123.0, -0.0, 1.5e300]))
for v in (0.1 + 0.2, 1 / 3, 2**53 + 1.0, 5e-324, 1e22, 1e21):
    print(json.dumps(v), end=" ")
print()
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "x": 1}, skipkeys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
print(json.dumps(set([1]), default=sorted), json.dumps({"when": complex(1, 2)}, default=repr))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
print(json.dumps("just a string"), json.dumps(42), json.dumps(None), json.dumps(False))
print(json.dumps(["x"] * 3, indent="\t"))
a = [1]
print(json.dumps([a, a, {"k": a}]))
print(json.dumps(data, check_circular=False, sort_keys=True, separators=(",", ":")))
print(json.dumps({"é": "é"}, ensure_ascii=False, sort_keys=True, indent=2))

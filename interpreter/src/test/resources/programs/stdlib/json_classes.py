# JSONEncoder / JSONDecoder subclasses: default, encode, iterencode, raw_decode, cls=.
import json
import enum


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class Size(float):
    pass


class Count(int):
    def __repr__(self):
        return "Count!"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, cls=PointEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["p"].y, back["s"])
print(json.dumps([Color.RED, Color.GREEN, Size(2.5), Count(7), {Color.RED: Size(1.0), Count(3): 0}]))
enc = PointEncoder(indent=2)
print(list(enc.iterencode({"a": [1, Point(0, 0)]})))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}, "s"])))
print(enc.encode("plain"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator))
print(sorted(vars(json.JSONEncoder())))
print(sorted(vars(json.JSONEncoder(separators=(",", ":"), default=str))))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"x": "y"}, cls=Upper))


class Strict(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_float=lambda s: round(float(s), 1), **kw)

    def decode(self, s):
        return ("decoded", super().decode(s))


print(json.loads("[1.26, 2]", cls=Strict))
dec = json.JSONDecoder(object_pairs_hook=lambda pairs: [k for k, _ in pairs])
print(dec.decode('{"z": 1, "a": 2}'), dec.raw_decode('{"q": 0}xyz'))
print(json.JSONDecoder(strict=False).decode('"a\tb"') == "a\tb")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, s):
        self.s = s

    def read(self):
        return self.s


w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "x"}, w)
print(w.parts)
w = Writer()
json.dump({"a": [1, 2, {"b": None}], "c": "x"}, w, indent=2, sort_keys=True)
print(w.parts)
print(json.load(Reader('{"from": "reader"}')), json.load(Reader("[1]"), parse_int=float))
print(json.__all__, json.__version__)
print(json.JSONDecodeError.__module__, json.decoder.JSONDecodeError is json.JSONDecodeError)

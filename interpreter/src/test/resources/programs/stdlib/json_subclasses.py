# json with subclasses of float/str/dict/list, iterencode overrides, hooks and odd inputs.
import json, collections
class F(float):
    def __repr__(self): return 'F!'
class S(str):
    def __str__(self): return 'S!'
class D(dict):
    def items(self): return [('z', 1), ('a', 2)]
class L(list): pass
print(json.dumps([F(1.5), S('x'), D(q=1), L([1, 2]), collections.OrderedDict(b=1, a=2)]))
print(json.dumps({F(2.5): 1, S('k'): 2}), json.dumps(D(q=1), sort_keys=True), json.dumps(D(q=1), indent=1))
print(json.dumps((1, 2)), json.dumps(None, indent=2), json.dumps([], sort_keys=True, indent=2))
print(json.dumps({'a': 1}, separators=[',', '=']), json.dumps([1, [2, []]], indent=''))
class E(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()
print(E().encode({'a': 'b'}), json.dumps({'x': 'y'}, cls=E))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10), json.loads('1.0', parse_float=lambda s: s + '!'))
print(json.loads(' "x" '), json.loads('\t\n{}\r '), json.loads('"\\u0041\\u00e9"'))
d = json.JSONDecoder()
try: d.raw_decode('[1]', -1)
except Exception as e: print(type(e).__name__, e)
try: d.raw_decode('[1]', 10)
except Exception as e: print(type(e).__name__, e)
print(d.raw_decode('  [1]'[2:]), json.decoder.scanstring('"abc"', 1, False))
try: json.loads(b'\xff\xfe\x00')
except Exception as e: print(type(e).__name__)
print(json.dumps('\u2028\u2029'), json.dumps('\U0001f600'), json.dumps('\ud800', ensure_ascii=True))
print(json.dumps({1.0: 'a', True: 'b', None: 'c', 2: 'd'}))
print(json.dumps(float('1e22')), json.dumps(1e-7), json.dumps(-0.0), json.dumps(123456789.0))

# json: the pieces dump() writes, byte encodings loads() detects, error positions.
import json

class Pieces:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

data = {'b': [1, 2.5, 'x', None, True, {}, []], 'a': {'k': [{'z': False}]}, 3: 'n',
        1.5: (4, 5), None: 'none', False: 'f'}
for kw in ({}, {'indent': 2}, {'indent': '\t', 'separators': (';', '=')},
           {'indent': 0}, {'sort_keys': True, 'default': str}):
    w = Pieces()
    try:
        json.dump(data, w, **kw)
    except TypeError as e:
        print('TypeError', e)
    print(kw, len(w.parts))
    print(w.parts)

w = Pieces()
json.dump({(1, 2): 'skipped', 'kept': [float('inf'), float('-inf'), float('nan')]}, w,
          skipkeys=True, indent=1)
print(w.parts)
for bad in [[float('nan')], {'k': float('inf')}, {float('-inf'): 1}]:
    for kw in ({}, {'indent': 1}):
        try:
            json.dumps(bad, allow_nan=False, **kw)
        except ValueError as e:
            print('ValueError', e)
try:
    json.dumps({(1,): 2}, indent=1)
except TypeError as e:
    print('TypeError', e)
loop = []
loop.append(loop)
for kw in ({}, {'indent': 1}):
    try:
        json.dumps(loop, **kw)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps(object(), default=lambda o: ['obj', 1], indent=1))

doc = '{"s": "\u00e9\u4e2d", "n": [1, 2]}'
for codec in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be',
              'utf-32', 'utf-32-le', 'utf-32-be'):
    raw = doc.encode(codec)
    print(codec, json.detect_encoding(raw), json.loads(raw) == json.loads(doc))
print(json.loads(b'7'), json.loads(bytearray(b'"\\u00e9"')), json.detect_encoding(b'\x00['),
      json.detect_encoding(b'1\x00'), json.detect_encoding(b''))

for text in ['{"a": 1,\n "b": }', '[1, 2]\n\n  x', '', '\ufeff[]', '  \n  [1 2]', '{"a" 1}']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, '|', e)
        maker, args = e.__reduce__()
        again = maker(*args)
        print('  rebuilt', type(again).__name__, again.lineno, again.colno, str(again) == str(e))
for arg in (None, 3, ['x']):
    try:
        json.loads(arg)
    except TypeError as e:
        print('TypeError', e)
print(json.loads('[1.5, 2, "NaN", NaN]', parse_float=str, parse_int=float,
                 parse_constant=lambda c: 'const:' + c))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode(' \t[3]\n '))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list, object_hook=dict))

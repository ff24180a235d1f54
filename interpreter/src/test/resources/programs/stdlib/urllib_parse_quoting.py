# urllib.parse: quote/unquote, urlencode and query-string parsing
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

for s in ['abc', 'a b&c=d/e', '/path/with space', 'ünïcödé', '~user_name-1.0', '', '100%', "it's"]:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'\x00\xffbytes'), quote_from_bytes(b'a b', safe=b' '), quote('é', encoding='latin-1'))
print(quote('x y', safe=' '), quote_plus(b'a b'), quote('日本', errors='strict'))
for s in ['a%20b', 'a+b', '%E2%82%AC', '%e2%82%ac', 'bad%zzhex', '%', '%4', 'caf%C3%A9%21',
          '%ff%fe', 'mixed%20ü%C3%BC', '']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote('%E9', errors='ignore') == '', unquote(b'a%20b'))
print(urlencode({'q': 'a b', 'lang': 'en/fr', 'n': 5}))
print(urlencode([('k', 'v1'), ('k', 'v2'), ('e', '')]), urlencode({'x': [1, 2, 'three']}, doseq=True))
print(urlencode({'x': [1, 2]}), urlencode({b'b': b'v w', 't': (1,)}, doseq=True))
print(urlencode({'p': '/a b'}, safe='/'), urlencode({'p': 'a b'}, quote_via=quote))
qs = 'a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%41%42&&c=%E2%82%AC'
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(sorted(parse_qs(qs).items()), sorted(parse_qs(qs, keep_blank_values=True).items()))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'x=1&y=%20'), parse_qs(''))
for bad in (lambda: parse_qsl('a=1&b', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1),
            lambda: parse_qsl('a=1', separator=''), lambda: urlencode('abc'),
            lambda: quote(b'x', encoding='utf-8'), lambda: quote_from_bytes('s'),
            lambda: quote(123)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)

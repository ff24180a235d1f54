# codecs: incremental decoders, iterencode/iterdecode, error handlers, CodecInfo, open
import codecs, io, os
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(b) for b in [b'a\xc3', b'\xa9b', b'\xe2\x82', b'\xac']], dec.decode(b'', final=True))
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'!'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'latin-1')))
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace').__name__)
try: codecs.lookup_error('nope')
except LookupError as e: print(e)
try: codecs.encode(b'x', 'utf-8')
except TypeError as e: print(e)
try: codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e: print(e)
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('é', 'ascii', 'xmlcharrefreplace'), codecs.encode('é', 'ascii', 'backslashreplace'))
info = codecs.lookup('utf-8'); print(info.name, isinstance(info, tuple), len(info), info[0] is info.encode)
name = 'codecs_scratch.txt'
with codecs.open(name, 'w', encoding='utf-16') as f:
    f.write('wide text é\n')
with open(name, 'rb') as f:
    print(f.read())
with codecs.open(name, 'r', encoding='utf-16') as f:
    print(repr(f.read()))
os.remove(name)

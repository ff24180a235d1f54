# codecs: lookup and canonical names, encode/decode, transforms (rot13, hex), BOMs
import codecs, io
for n in ['UTF8', 'latin1', 'utf_16', 'U8', 'ascii', 'cp1252', 'rot13', 'hex', 'utf-8-sig', 'L1', 'Utf-16-LE', 'mbcs', 'nope']:
    try: print(n, codecs.lookup(n).name)
    except LookupError as e: print('LookupError', e)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('abc', 'rot13'), codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('utf-16')(codecs.BOM_UTF16_LE + b'a\x00'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_UTF16)

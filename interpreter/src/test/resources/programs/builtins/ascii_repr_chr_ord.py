# ascii, repr, chr, ord, bin, hex, oct.
for s in ['plain', 'café', '日本', '😀', 'tab\t', "quote'", 'both\'"', '\x00\x7f\x80\xff']:
    print(ascii(s), repr(s))
print(ascii(['é', {'ü': b'\xff'}]), repr([1.5, None, 'x']))
print(ord('a'), ord('€'), ord('😀'), ord(b'A'), ord(bytearray(b'z')), chr(97), chr(8364), chr(0x1F600))
for bad in [lambda: ord('ab'), lambda: ord(''), lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'),
            lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 64), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
print(repr(chr(0x85)), repr('\u2028'), repr('\ud800'), ascii('\ud800'))

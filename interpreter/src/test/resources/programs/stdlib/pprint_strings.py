# pprint: long strings and bytes are split into adjacent literals
import pprint

text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
pprint.pprint(text, width=40)
pprint.pprint([text], width=50)
pprint.pprint({'k': text}, width=35)
pprint.pprint('line one\nline two\nline three which is rather longer\n', width=25)
pprint.pprint('nospaceshereatallbutverylongwordthatcannotbesplit' * 2, width=30)
pprint.pprint(bytes(range(40)), width=40)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 2], width=30)
pprint.pprint(bytearray(b'0123456789' * 6), width=40)
pprint.pprint(b'abc', width=2)
pprint.pprint('', width=1)
pprint.pprint(('short', 'a slightly longer string here'), width=20)

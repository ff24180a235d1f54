# the string module's constants and capwords
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords(' hello   world  '), string.capwords('HELLO wORLD'))
print(string.capwords('one,two three', ','), string.capwords("it's o'clock"))
print(string.capwords('tab\tseparated\nlines'), repr(string.capwords('')))
print(set(string.ascii_letters) == set(string.ascii_lowercase + string.ascii_uppercase))
print(all(c in string.printable for c in string.punctuation))
print(sorted(n for n in dir(string) if not n.startswith('_')))

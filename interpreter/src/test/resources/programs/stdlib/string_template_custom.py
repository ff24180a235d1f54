# Template subclasses: delimiter, idpattern, braceidpattern, flags, pattern
import re
import string


class Percent(string.Template):
    delimiter = '%'


class Dotted(string.Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'


class Upper(string.Template):
    braceidpattern = r'[A-Z]+'


print(Percent('%who owes %amount %%').substitute(who='Bob', amount='$5'))
print(Dotted('$user.name is $user.age').substitute({'user.name': 'ann', 'user.age': 30}))
print(Upper('${ABC} $abc').safe_substitute(ABC=1, abc=2))
print(Upper('${abc}').safe_substitute(abc=2))
t = string.Template('$a and ${b} and $$ and $c')
print(t.safe_substitute(a=1), t.get_identifiers(), t.is_valid())
print(string.Template('bad $ here').is_valid(), string.Template('$1x').get_identifiers())
try:
    string.Template('line one\nline two $').substitute()
except ValueError as e:
    print('ValueError:', e)
try:
    string.Template('$missing').substitute(other=1)
except KeyError as e:
    print('KeyError:', e)
print(string.Template.delimiter, string.Template.idpattern, string.Template.flags == re.IGNORECASE)

# string.Formatter subclasses: get_value, format_field, convert_field, check_unused_args
import string


class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s?>' % key)
        return super().get_value(key, args, kwargs)


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == 'stars':
            return '*' * len(str(value))
        return super().format_field(value, spec)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(k for k in used_args if isinstance(k, str))
        if unused:
            raise ValueError('unused: %s' % sorted(unused))


print(Defaulting().format('{name} is {age}', name='Ann'))
print(Defaulting().format('{0} and {x}', 'zero'))
print(Upper().format('{0!u} {0!r} {1:stars} {1:>6}', 'abc', 'secret'))
print(Strict().format('{a}', a=1))
try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print('ValueError:', e)
f = string.Formatter()
print(f.vformat('{0[0]}-{k.imag}', (['first'],), {'k': 2j}))
for bad in ['{', '}', '{0!x}', '{0:{1:{2}}}', '{}{0}']:
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(list(f.parse('{:>{w}}{{}}{0.x[1]!s:3}')))

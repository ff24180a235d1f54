# f-strings: expressions, conversions, format specs (nested), '=' debugging, quotes, escapes.
name = 'Ada'
value = 3.14159
items = [1, 2, 3]
print(f'{name} {value} {items}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{value:.2f} {value:10.3f}| {value:<10}| {42:08b} {255:#x}')
width, prec = 12, 3
print(f'{value:{width}.{prec}f}|', f'{"mid":^{width}}|')
print(f'{value=}', f'{value = }', f'{value=:.1f}', f'{name=!s}', f'{items[0]+1=}')
print(f'{1 + 2} {items[-1]} {len(name)} {name.upper()} {"nested" + "!"}')
print(f'{{braces}} {{{name}}}')
print(f"{'single' if True else 'x'}", f'{dict(a=1)["a"]}')
print(f'{3:{"<" if True else ">"}5}|')
print(f'''{name
}''', f'{(lambda x: x * 2)(4)}')
print(f'{",".join(map(str, items))}', f'{[x * x for x in items]}')
print(f'{"tab":\t^9}' if False else f'{"tab":~^9}')
import datetime
d = datetime.date(2024, 3, 9)
print(f'{d:%Y/%m/%d}', f'{d!r}', f'{d}')
print(f'{-0.0:+.1f} {1e10:,.0f} {0.5:.0%} {1234:_} {3j:}')


class Obj:
    def __format__(self, spec):
        return '<' + spec + '>'

    def __repr__(self):
        return 'Obj()'


print(f'{Obj():anything goes}', f'{Obj()!r:>8}', f'{Obj()=}')
x = 10
print(f'{x:>{x}}|', f'{x!r:>{x // 2}}|')
try:
    f'{value:d}'
except ValueError as e:
    print('ValueError:', e)
print(f'{"a" "b"}', rf'\n{name}', fr'{name}\t')

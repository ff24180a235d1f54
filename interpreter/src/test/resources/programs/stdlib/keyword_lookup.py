# keyword predicates against odd inputs
import keyword

print(keyword.iskeyword('if'), keyword.iskeyword(' if'), keyword.iskeyword('if '), keyword.iskeyword('If'))
print(keyword.issoftkeyword('_'), keyword.issoftkeyword('__'), keyword.issoftkeyword('match'))
for bad in ([], {}, {'a': 1}):
    try:
        keyword.iskeyword(bad)
    except TypeError as e:
        print('TypeError:', e)
print(keyword.iskeyword(1), keyword.issoftkeyword(None))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print(keyword.kwlist == sorted(keyword.kwlist), keyword.softkwlist == sorted(keyword.softkwlist))

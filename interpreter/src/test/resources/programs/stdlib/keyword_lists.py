# keyword: the keyword lists and predicates.
import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
print([w for w in ['if', 'match', 'case', '_', 'print', 'None', 'async', 'type', 'True'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'case', '_', 'print', 'type'] if keyword.issoftkeyword(w)])
print(keyword.iskeyword(''), keyword.iskeyword('IF'), sorted(keyword.__all__))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError:', e)

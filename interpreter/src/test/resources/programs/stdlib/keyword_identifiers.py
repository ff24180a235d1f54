# keyword with str.isidentifier: which names can be used as variables
import keyword

candidates = ['x', 'class', 'Class', '_', '__init__', 'match', 'case', '2nd', 'with space',
              'nonlocal', 'async', 'await', 'print', 'λ', 'ünïcode', 'None', 'none', 'type']
for name in candidates:
    usable = name.isidentifier() and not keyword.iskeyword(name)
    print('%-10s identifier=%-5s keyword=%-5s soft=%-5s usable=%s' % (
        name, name.isidentifier(), keyword.iskeyword(name), keyword.issoftkeyword(name), usable))

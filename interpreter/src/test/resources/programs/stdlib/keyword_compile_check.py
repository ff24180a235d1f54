# every hard keyword is rejected as an assignment target, soft keywords are not
import keyword

rejected = []
for kw in keyword.kwlist:
    try:
        compile(kw + ' = 1', '<test>', 'exec')
    except SyntaxError:
        rejected.append(kw)
print(len(rejected) == len(keyword.kwlist), [k for k in keyword.kwlist if k not in rejected])
accepted = []
for kw in keyword.softkwlist:
    compile(kw + ' = 1', '<test>', 'exec')
    accepted.append(kw)
print(accepted)
ns = {}
exec('match = 3\ncase = match + 1\n_ = case * 2', ns)
print(ns['match'], ns['case'], ns['_'])

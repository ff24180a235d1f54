# exec/eval with explicit globals and locals; class-like lookups in exec with separate dicts.
g = {'a': 1}
l = {'b': 2}
exec('c = a + b', g, l)
print(sorted(l), 'c' in g)
print(eval('a * 10 + b', g, l))
exec('def f():\n    return a\nresult = f()', g, l)
print(l['result'])
# names assigned inside exec with separate locals are not visible to functions defined there
code = '''
x = 5
def h():
    try:
        return x
    except NameError as e:
        return 'NameError: ' + str(e)
out = h()
'''
ns_g = {}
ns_l = {}
exec(code, ns_g, ns_l)
print(ns_l['out'])
ns = {}
exec(code, ns)
print(ns['out'])
print(sorted(k for k in ns if k != '__builtins__'))
print('__builtins__' in ns)


def local_exec():
    v = 1
    exec('v = 2')
    return v


print(local_exec())


def sees_locals():
    w = 'w-value'
    return eval('w')


print(sees_locals())
print(eval('[n * n for n in range(4)]', {}))
print(eval('len("abc")', {'__builtins__': {'len': len}}))
try:
    eval('print', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)

# compile in exec/eval/single modes, eval/exec with dicts, code objects, errors.
code = compile('x = 5\ny = x * 2\n', 'example', 'exec')
ns = {}
exec(code, ns)
print(ns['y'], type(code).__name__, code.co_filename)
print(eval(compile('1 + 2 * 3', '<calc>', 'eval')), eval('[i for i in range(3)]'))
single = compile('40 + 2', '<single>', 'single')
exec(single)
exec('print("printed by exec")')
print(eval('a + b', {'a': 1, 'b': 2}), eval('a + b', {'a': 1}, {'b': 10}))
g = {}
exec('def f(n):\n    return n * n\n', g)
print(g['f'](7), sorted(k for k in g if k != '__builtins__'))
for source, mode in [('x = ', 'exec'), ('1 +* 2', 'eval'), ('x = 1', 'eval'), ('return 5', 'exec')]:
    try:
        compile(source, '<bad>', mode)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset, e.filename)
try:
    compile('x', 'f', 'nope')
except ValueError as e:
    print('ValueError:', e)
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError:', e)
try:
    exec(5)
except TypeError as e:
    print('TypeError:', e)
try:
    eval('1', [])
except TypeError as e:
    print('TypeError:', e)
print(eval('  7  '), eval(b'6 * 7'), eval('__name__'), eval('__name__', {}) if False else 'skip')
result = exec('1 + 1')
print(result)
import ast
tree = compile('z = 3', '<ast>', 'exec', ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
ns2 = {}
exec(compile(tree, '<ast>', 'exec'), ns2)
print(ns2['z'])

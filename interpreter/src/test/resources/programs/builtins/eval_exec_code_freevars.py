# eval/exec of a code object that needs a closure: TypeError instead of running without cells


def outer(x):
    def inner():
        return x + 1
    return inner


def two(a, b):
    return lambda: a + b


for fn in (outer(3), two(1, 2)):
    code = fn.__code__
    print(code.co_freevars, fn())
    for run in (eval, exec):
        try:
            run(code)
            print(run.__name__, 'ran')
        except TypeError as e:
            print(run.__name__, 'TypeError:', e)
    try:
        exec(code, {}, {})
    except TypeError as e:
        print('exec with dicts TypeError:', e)

# code objects without free variables still run
plain = compile('y = 6 * 7', '<s>', 'exec')
ns = {}
exec(plain, ns)
print(ns['y'], eval(compile('2 ** 10', '<e>', 'eval')))


def no_closure():
    return 5


print(eval(no_closure.__code__), exec(no_closure.__code__))

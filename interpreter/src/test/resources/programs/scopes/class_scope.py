# Class bodies: names are not visible from methods or nested functions; comprehensions skip them.
value = 'module'


class A:
    value = 'class'
    doubled = value * 2
    seen_by_method = None

    def method(self):
        return value

    items = [value for _ in range(2)]
    first = [v for v in (value,)]

    def uses_self(self):
        return self.value


print(A.doubled)
print(A().method())
print(A.items)
print(A.first)
print(A().uses_self())


def f():
    local = 'f local'

    class B:
        attr = local
        local = 'B local'
        again = local

        def m(self):
            return local
    return B


try:
    f()
except NameError as e:
    print('NameError:', e)
local = 'module local'
B = f()
print(B.attr, '|', B.again, '|', B().m())


class C:
    x = 1
    try:
        y = [x for _ in range(1)]
    except NameError as e:
        y = 'NameError: ' + str(e)


print(C.y)


class D:
    names = []
    for i in range(3):
        names.append(i * i)
    del i


print(D.names, hasattr(D, 'i'))
print(sorted(k for k in vars(D) if not k.startswith('__')))

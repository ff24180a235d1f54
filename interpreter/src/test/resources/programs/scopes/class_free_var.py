# A class body that reads a free variable, and __class__ cells created by super().


def make(tag):
    class Tagged:
        label = tag

        def get(self):
            return tag

        def klass(self):
            return __class__
    return Tagged


T = make('red')
print(T.label, T().get())
print(T().klass() is T)
print(T.klass.__code__.co_freevars)
print(T.get.__code__.co_freevars)


def shadowing(tag):
    class K:
        tag = 'class attribute'
        seen = tag
    return K.seen


print(shadowing('argument'))


def class_reads_then_global():
    x = 'enclosing'

    class K:
        global x
        y = x
    return K.y


x = 'module-level'
print(class_reads_then_global())


def nonlocal_class_var():
    x = 'enclosing'

    class K:
        nonlocal x
        x = 'rebound by class body'
    return x


print(nonlocal_class_var())

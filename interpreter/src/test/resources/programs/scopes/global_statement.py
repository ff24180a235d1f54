# global at module level, in functions, in nested functions; globals() view.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def nested():
    def inner():
        global created_later
        created_later = 'made by inner'
    inner()


bump()
bump()
print('counter', counter)
nested()
print(created_later)
print('created_later' in globals())


def reads_global():
    return counter * 10


print(reads_global())


def shadow():
    counter = 'local'
    return counter


print(shadow(), counter)


def outer():
    x = 'enclosing'

    def inner():
        global x
        x = 'global x'
        return x
    inner()
    return x


print(outer(), x)


def delete_global():
    global counter
    del counter


delete_global()
print('counter' in globals())
try:
    print(counter)
except NameError as e:
    print('NameError:', e)

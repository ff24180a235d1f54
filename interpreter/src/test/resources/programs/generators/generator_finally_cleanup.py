# Generators' finally blocks run on close(), on exhaustion, and when a for loop breaks then closes.


def resource(name):
    print('open', name)
    try:
        for i in range(3):
            yield '%s-%d' % (name, i)
    finally:
        print('close', name)


for item in resource('a'):
    print(item)
g = resource('b')
for item in g:
    print(item)
    break
print('loop broken; generator still suspended')
g.close()
h = resource('c')
print(next(h))
h.close()
h.close()
print('closing twice is fine')


def never_started():
    try:
        yield 1
    finally:
        print('never printed: finally of an unstarted generator does not run')


n = never_started()
n.close()
print('closed unstarted')


def yield_in_finally():
    try:
        yield 'body'
    finally:
        print('finally runs on exhaustion')


print(list(yield_in_finally()))

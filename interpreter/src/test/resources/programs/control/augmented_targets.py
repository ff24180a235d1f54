# Augmented assignment evaluates the target's container and index once.
log = []


class Box:
    def __init__(self):
        self.items = {'k': 1}

    def __getitem__(self, key):
        log.append('get %s' % key)
        return self.items[key]

    def __setitem__(self, key, value):
        log.append('set %s=%r' % (key, value))
        self.items[key] = value


def box():
    log.append('box()')
    return b


def key():
    log.append('key()')
    return 'k'


b = Box()
box()[key()] += 10
print(log, b.items)


class Attr:
    def __init__(self):
        self.__dict__['v'] = 1

    def __getattr__(self, name):
        log.append('getattr ' + name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        log.append('setattr %s=%r' % (name, value))
        self.__dict__[name] = value


log.clear()
a = Attr()
a.v += 5
print(log, a.v)
x = [1, 2, 3]
i = 0
x[i] += 100
print(x)

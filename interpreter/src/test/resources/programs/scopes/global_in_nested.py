# 'global' inside nested functions and methods refers to the module, not the enclosing scope.
name = 'module'


def outer():
    name = 'outer'

    def middle():
        def inner():
            global name
            return name
        return inner()
    return middle(), name


print(outer())


def setter():
    def inner():
        global made
        made = [1, 2]
    inner()
    return made


print(setter(), made)


class Config:
    setting = 'class attr'

    def change(self):
        global setting
        setting = 'module setting'
        return setting


print(Config().change(), setting, Config.setting)


def comprehension_global():
    global total
    total = sum([n for n in range(5)])


comprehension_global()
print(total)


def reads_global_after_outer_local():
    counter = 100

    def inner():
        global counter
        counter = 1
        return counter
    return inner(), counter


print(reads_global_after_outer_local(), counter)

# An uncaught RecursionError: CPython folds the repeated frames into "[Previous line repeated N more times]".


def spiral(n):
    return twist(n + 1)


def twist(n):
    return spiral(n + 1)


def plain(n):
    return plain(n + 1)


def start():
    plain(0)


print('starting')
start()

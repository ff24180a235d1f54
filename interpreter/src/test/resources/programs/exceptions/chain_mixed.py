# A longer chain mixing cause and context; uncaught so the whole chain is printed.


def level1():
    raise KeyError('root cause')


def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError('middle') from e


def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError('top')


try:
    level3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or cur.__context__
    print(chain)
level3()

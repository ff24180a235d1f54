# Interplay of loops, try/finally, break/continue/return inside try.


def search(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                print('checked', (r, c))
    return None


print(search([[1, 2], [3, 4]], 3))


def cleanup_each_iteration():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    else:
        out.append('else')
    return out


print(cleanup_each_iteration())


def while_finally():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i > 2:
                break
        finally:
            log.append(i)
    return log


print(while_finally())


def nested_finally_return():
    log = []
    try:
        try:
            return log
        finally:
            log.append('inner')
    finally:
        log.append('outer')


print(nested_finally_return())


def exception_in_else():
    try:
        pass
    except Exception:
        return 'not here'
    else:
        try:
            raise ValueError('from else')
        except ValueError as e:
            return 'else raised ' + str(e)
    finally:
        print('finally after else')


print(exception_in_else())

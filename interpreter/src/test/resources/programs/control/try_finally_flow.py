# try/except/else/finally ordering; return, break and continue inside finally.


def order(fail):
    steps = []
    try:
        steps.append('try')
        if fail:
            raise ValueError('boom')
    except ValueError:
        steps.append('except')
    else:
        steps.append('else')
    finally:
        steps.append('finally')
    return steps


print(order(False))
print(order(True))


def finally_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'


print(finally_overrides_return())


def finally_swallows_exception():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'


print(finally_swallows_exception())


def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i


print(break_in_finally())


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen


print(continue_in_finally())


def return_value_evaluated_before_finally():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'


print(return_value_evaluated_before_finally())


def nested():
    log = []
    try:
        try:
            raise TypeError('inner')
        finally:
            log.append('inner finally')
    except TypeError as e:
        log.append('outer caught ' + str(e))
    finally:
        log.append('outer finally')
    return log


print(nested())

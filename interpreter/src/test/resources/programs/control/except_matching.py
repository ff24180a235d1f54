# except clauses: tuples, order, subclasses, bare except, re-raise, the 'as' name is deleted.


def trial(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + type(e).__name__


for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(trial(exc))
try:
    raise ValueError('v')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print('as-name deleted:', e)


def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return 're-raised ' + type(e).__name__


print(reraise())
try:
    raise OSError(2, 'No such file or directory')
except Exception:
    print('bare-style catch of OSError')
try:
    [].pop()
except:
    print('bare except caught IndexError')
errors = (TypeError, ValueError)
try:
    int('x')
except errors as e:
    print('dynamic tuple:', e)
try:
    try:
        raise KeyError('x')
    except ValueError:
        print('never')
except KeyError as e:
    print('outer handler:', repr(e))
try:
    raise StopIteration
except Exception as e:
    print('StopIteration is an Exception:', isinstance(e, Exception))
try:
    raise BaseException('base')
except Exception:
    print('never')
except BaseException as e:
    print('BaseException caught separately:', e)

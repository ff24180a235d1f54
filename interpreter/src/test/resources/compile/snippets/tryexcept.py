try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    e()
try:
    f()
finally:
    g()
try:
    h()
except Exception as exc:
    raise RuntimeError("x") from exc
finally:
    i()
def func():
    try:
        return 1
    finally:
        cleanup()
def func2():
    for x in y:
        try:
            break
        finally:
            pass
    try:
        pass
    except E:
        raise

def f(x):
    try:
        if x:
            return x
        with open(x) as fh:
            for line in fh:
                if not line:
                    continue
                try:
                    yield line
                except GeneratorExit:
                    return
                finally:
                    print("f")
    except* ValueError as eg:
        print(eg)
    finally:
        print("done")

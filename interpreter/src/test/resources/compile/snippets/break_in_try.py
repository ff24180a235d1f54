def f():
    try:
        while 1:
            line = f.readline()
            if line == "": break
            if not line.startswith(header):
                continue
            g()
    except OSError:
        raise
    except Exception:
        h()

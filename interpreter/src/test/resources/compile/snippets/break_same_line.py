def f():
    while 1:
        line = f.readline()
        if line == "": break
        if not line.startswith(header):
            continue

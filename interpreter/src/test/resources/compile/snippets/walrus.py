if (n := len(a)) > 10:
    print(n)
while (line := read()):
    process(line)
res = [y for x in data if (y := f(x))]
def g():
    return [z := 1 for q in r]

def f(data):
    if any((hit := x) > 5 for x in data):
        return hit
    return [last := v for v in data], last
print((x := 5), x)
class C:
    y = (z := 3)

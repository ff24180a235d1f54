# Deeply nested functions with cells at several levels; closures modified after creation.


def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return a + b + c + d
            return level4
        return level3
    return level2


print(level1(1)(10)(100)(1000))


def accumulate():
    total = []

    def add(x):
        total.append(x)

        def report():
            return sum(total)
        return report
    return add


add = accumulate()
r1 = add(5)
r2 = add(7)
print(r1(), r2())


def modify_after():
    value = 'initial'

    def read():
        return value
    value = 'modified'
    return read


print(modify_after()())


def counter_factory():
    counts = {}

    def make(name):
        counts[name] = 0

        def inc():
            counts[name] += 1
            return counts[name]
        return inc
    return make, counts


make, counts = counter_factory()
a, b = make('a'), make('b')
a(); a(); b()
print(sorted(counts.items()))

# Deep but legal call stacks: 900 frames of mixed Python calls, including method and lambda frames.


class Walker:
    def step(self, n):
        if n == 0:
            return 'bottom'
        return via_lambda(self, n - 1)


via_lambda = lambda w, n: helper(w, n)


def helper(w, n):
    return w.step(n)


print(Walker().step(300))


def count_frames():
    import sys
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


def nest(n):
    return count_frames() if n == 0 else nest(n - 1)


base = count_frames()
print(nest(50) - base)


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


print(sum_to(950))

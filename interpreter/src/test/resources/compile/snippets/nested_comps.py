m = [[x * y for x in row] for row in matrix]
s = {(a, b) for a in x for b in y if a != b}
g = list((i, j) for i in range(3) for j in range(i))
def f(n):
    return {i: [j for j in range(i) if j % n] for i in range(10)}

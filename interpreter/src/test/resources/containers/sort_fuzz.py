seed = 5
def randint(lo, hi):
    # a small LCG: the same numbers under CPython and Taipan, no random module needed
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + (seed >> 33) % (hi - lo + 1)
for trial in range(200):
    n = randint(0, 300)
    data = [(randint(0, 20), i) for i in range(n)]
    a = data[:]
    a.sort(key=lambda p: p[0], reverse=trial % 2 == 0)
    b = sorted(data, key=lambda p: -p[0])
    c = [p[0] for p in data]
    c.sort(reverse=trial % 3 == 0)
    print(hash(tuple(a)), hash(tuple(b)), hash(tuple(c)))
words = ['b', 'a', 'B', 'A', 'ab', 'Ab', 'aB', '', 'é', 'z'] * 5
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, -2, 2.5, True, False, 0.0, -0.0]))

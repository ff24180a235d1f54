# bisect on custom sequences and objects with only __lt__
import bisect


class Seq:
    def __init__(self, n):
        self.n = n
        self.reads = 0

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.reads += 1
        return i * i


s = Seq(1000)
print(bisect.bisect_left(s, 250000), s.reads <= 11)
print(bisect.bisect_right(s, 10), bisect.bisect_left(s, 10))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V(%s)' % '.'.join(map(str, self.parts))


versions = [Version(v) for v in ['1.0', '1.2', '1.10', '2.0']]
print(bisect.bisect(versions, Version('1.9')), bisect.bisect_left(versions, Version('1.10')))
bisect.insort(versions, Version('1.3'))
print(versions)
try:
    bisect.bisect_left([1, 2], 1, lo='x')
except TypeError as e:
    print('TypeError:', e)
print(bisect.bisect_left([], 5), bisect.bisect_right([5], 5), bisect.bisect_left([5], 5))

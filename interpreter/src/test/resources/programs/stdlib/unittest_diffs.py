# The detailed comparisons assertEqual picks by type (lists, tuples, dicts, sets, strings),
# assertSequenceEqual and assertCountEqual, with maxDiff truncating long diffs.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(label, method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
    except t.failureException as e:
        print("== %s" % label)
        print(e)
    else:
        print("== %s: passed" % label)


show('lists', 'assertEqual', [1, 2, 3], [1, 2, 4])
show('list longer', 'assertListEqual', [1, 2, 3, 4], [1, 2])
show('list shorter', 'assertListEqual', [1], [1, 'two', 3])
show('not a list', 'assertListEqual', (1,), [1])
show('tuples', 'assertEqual', (1, 'a'), (1, 'b'))
show('sequences of different types', 'assertSequenceEqual', [1, 2], (1, 2))
show('sequences differ', 'assertSequenceEqual', 'abc', 'abd')
show('no length', 'assertSequenceEqual', 5, [1])
show('dicts', 'assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3, 'c': 4})
show('not a dict', 'assertDictEqual', [], {})
show('sets', 'assertEqual', {1, 2, 3}, {2, 3, 4})
show('frozensets', 'assertSetEqual', frozenset([1]), frozenset([1, 5]))
show('set only first', 'assertSetEqual', {1, 2}, {1})
show('set with a non-set', 'assertSetEqual', {1}, 1)
show('strings', 'assertEqual', 'one\ntwo\nthree\n', 'one\nTWO\nthree\n')
show('one-line strings', 'assertEqual', 'hello', 'help')
show('not a string', 'assertMultiLineEqual', b'x', 'x')
show('count equal', 'assertCountEqual', [1, 1, 2, 3], [3, 2, 1, 1])
show('count differs', 'assertCountEqual', [1, 1, 2, 'x'], [1, 2, 2, 'y'])
show('count unhashable', 'assertCountEqual', [[1], [2], [2]], [[2], [1], [1]])
show('mixed types equal', 'assertEqual', [1, 2], (1, 2))

big1 = ['item %d' % i for i in range(60)]
big2 = list(big1)
big2[30] = 'changed'
show('long diff truncated', 'assertEqual', big1, big2)
t.maxDiff = None
show('long diff in full', 'assertEqual', big1[25:35], big2[25:35])
t.maxDiff = 40
show('dict diff truncated', 'assertEqual', {'k': 'v' * 30}, {'k': 'w' * 30})
show('string diff truncated', 'assertEqual', 'a\nb\nc\n', 'a\nB\nc\n')
show('count diff truncated', 'assertCountEqual', list(range(10)), list(range(5, 15)))


class WithOwnEquality(unittest.TestCase):
    def runTest(self):
        pass


class Point:
    def __init__(self, x):
        self.x = x


def compare_points(first, second, msg=None):
    if first.x != second.x:
        raise WithOwnEquality.failureException('points differ: %d vs %d' % (first.x, second.x))


w = WithOwnEquality()
w.addTypeEqualityFunc(Point, compare_points)
try:
    w.assertEqual(Point(1), Point(2))
except AssertionError as e:
    print(e)
w.assertEqual(Point(3), Point(3))
print('done')

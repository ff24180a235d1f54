# The failure messages of the assert* methods, with msg= and longMessage on and off.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(method, *args, **kwargs):
    try:
        getattr(t, method)(*args, **kwargs)
    except t.failureException as e:
        print("%s: %s" % (method, e))
    except Exception as e:
        print("%s raised %s: %s" % (method, type(e).__name__, e))
    else:
        print("%s: passed" % method)


show('assertEqual', 1, 2)
show('assertEqual', 1, 1)
show('assertEqual', 'a' * 100, 'a' * 99 + 'b')
show('assertEqual', 'x' * 30 + 'y' * 90, 'x' * 30 + 'z' * 90)
show('assertEqual', 3, 4, msg='custom')
show('assertNotEqual', 5, 5)
show('assertTrue', 0)
show('assertTrue', [], 'empty list')
show('assertFalse', 'text')
show('assertIs', None, 0)
show('assertIsNot', t, t)
show('assertIsNone', 42)
show('assertIsNotNone', None)
show('assertIsInstance', 3, str)
show('assertIsInstance', 3, (str, bytes))
show('assertNotIsInstance', 3, int)
show('assertIn', 4, [1, 2, 3])
show('assertIn', 'z', 'abc')
show('assertNotIn', 2, {2: 'two'})
show('assertLess', 3, 2)
show('assertLessEqual', 3, 2)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.00000001)
show('assertAlmostEqual', 1.0, 1.1, places=3)
show('assertAlmostEqual', 10, 12, delta=1)
show('assertAlmostEqual', 10, 12, delta=5)
show('assertAlmostEqual', 1, 2, places=1, delta=1)
show('assertNotAlmostEqual', 1.0, 1.00000001)
show('assertNotAlmostEqual', 10, 12, delta=3)
show('assertNotAlmostEqual', 1.0, 1.0)
show('assertRegex', 'hello world', r'\d+')
show('assertRegex', 'hello world', r'w.r')
show('assertNotRegex', 'hello world', r'o w')
show('assertDictContainsSubset', {'a': 1, 'b': 2, 'c': 3}, {'a': 1, 'b': 5})
show('fail')
show('fail', 'by hand')
t.longMessage = False
show('assertEqual', 3, 4, msg='only mine')
show('assertEqual', 3, 4)
show('assertIn', 1, [], 'only mine')
t.longMessage = True
print(T.failureException is AssertionError, T.longMessage, T.maxDiff)


class OwnFailure(unittest.TestCase):
    failureException = RuntimeError

    def runTest(self):
        self.assertEqual(1, 2)


result = unittest.TestResult()
OwnFailure().run(result)
print(len(result.failures), len(result.errors))
print(result.failures[0][1].splitlines()[-1])

"""TestSuite: a composite of tests, which also runs the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule) as the run crosses class and module
boundaries."""

import sys

from . import case, util

__unittest = True


class BaseTestSuite(object):
    """A list of tests (cases or suites) run in order, without fixture handling."""

    # drop each test once it has run, so that a long run does not keep every test alive
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0    # tests dropped after running, still counted
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def addTest(self, test):
        """Appends a test: anything callable with a result, but not a class."""
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        """Appends every test of an iterable of tests."""
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def _after_running(self, index):
        if self._cleanup:
            self._removeTestAtIndex(index)

    def run(self, result):
        index = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            self._after_running(index)
            index += 1
        return result

    def _removeTestAtIndex(self, index):
        """Forgets the test at index (it has run), keeping it in the count."""
        try:
            done = self._tests[index]
        except TypeError:
            return   # _tests replaced by something that cannot be indexed
        if hasattr(done, 'countTestCases'):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def debug(self):
        """Runs every test's debug(): exceptions propagate, nothing is recorded."""
        for test in self:
            test.debug()


class _ErrorHolder(object):
    """What a result's error list names when a class or module fixture failed, e.g.
    'setUpClass (module.Class)': a stand-in test with that description."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def id(self):
        return self.description

    def countTestCases(self):
        return 0

    def shortDescription(self):
        return None

    def run(self, result):
        return None

    __call__ = run


class _DebugResult(object):
    """The stand-in result of TestSuite.debug(): only the state the fixture code reads."""
    shouldStop = False
    _moduleSetUpFailed = False
    _previousTestClass = None


def _is_single_test(test):
    """True for anything that is not a suite (a TestCase or a plain callable)."""
    if isinstance(test, case.TestCase):
        return True   # the common case, without raising and catching a TypeError
    try:
        iter(test)
        return False
    except TypeError:
        return True


def _fixture_error(result, error, fixture, owner, info=None):
    """Records an exception of a class or module fixture as an error of an _ErrorHolder
    named after it, or as a skip for SkipTest."""
    holder = _ErrorHolder('%s (%s)' % (fixture, owner))
    add_skip = getattr(result, 'addSkip', None)
    if isinstance(error, case.SkipTest) and add_skip is not None:
        add_skip(holder, str(error))
        return
    result.addError(holder, info if info else sys.exc_info())


class _Captured:
    """Buffers the output of a fixture like that of a test (the result's buffer option)."""

    def __init__(self, result):
        self.result = result

    def __enter__(self):
        start = getattr(self.result, '_setupStdout', None)
        if start is not None:
            start()

    def __exit__(self, *exc):
        stop = getattr(self.result, '_restoreStdout', None)
        if stop is not None:
            stop()
        return False


def _call_fixture(result, function, fixture, owner):
    """Calls a fixture; True when it raised (the error is recorded, or re-raised under
    debug())."""
    try:
        function()
    except Exception as e:
        if isinstance(result, _DebugResult):
            raise
        _fixture_error(result, e, fixture, owner)
        return True
    return False


def _run_class_cleanups(result, cls, fixture):
    cleanups = getattr(cls, 'doClassCleanups', None)
    if cleanups is None:
        return
    cleanups()
    for info in cls.tearDown_exceptions:
        if isinstance(result, _DebugResult) and fixture == 'tearDownClass':
            raise info[1]
        _fixture_error(result, info[1], fixture, util.strclass(cls), info)


def _run_module_cleanups(result, fixture, module_name):
    try:
        case.doModuleCleanups()
    except Exception as e:
        if isinstance(result, _DebugResult) and fixture == 'tearDownModule':
            raise
        _fixture_error(result, e, fixture, module_name)


class TestSuite(BaseTestSuite):
    """A suite that also runs fixtures: before a test of a new class, the previous class's
    tearDownClass and the new one's setUpClass; likewise setUpModule/tearDownModule when the
    module changes. The outermost suite of a run tears down the last class and module."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            self._after_running(index)
        if outermost:
            self._leave_fixtures(result)
        return result

    def _leave_fixtures(self, result):
        """The end of the run: the last class and module are torn down."""
        self._tearDownPreviousClass(None, result)
        self._handleModuleTearDown(result)
        result._testRunEntered = False

    def debug(self):
        """Runs the tests and fixtures with exceptions propagating, nothing recorded."""
        self.run(_DebugResult(), True)

    def _enter_fixtures(self, test, result):
        """Moves the fixtures on to test's class and module; False when their set-up failed
        (the test is then not run)."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = test.__class__
        if getattr(result, '_moduleSetUpFailed', False):
            return False
        return not getattr(test.__class__, '_classSetupFailed', False)

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls._classSetupFailed = False
        except TypeError:
            pass   # a built-in class, for a test that is a plain function
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        with _Captured(result):
            if _call_fixture(result, set_up, 'setUpClass', util.strclass(cls)):
                try:
                    cls._classSetupFailed = True
                except TypeError:
                    pass
                _run_class_cleanups(result, cls, 'setUpClass')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None) if module is not None else None
        if set_up is None:
            return
        with _Captured(result):
            if _call_fixture(result, set_up, 'setUpModule', name):
                result._moduleSetUpFailed = True
                _run_module_cleanups(result, 'setUpModule', name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _Captured(result):
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                _call_fixture(result, tear_down, 'tearDownModule', name)
            _run_module_cleanups(result, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or previous == test.__class__:
            return
        if (getattr(previous, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(previous, "__unittest_skip__", False)):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        if tear_down is None and getattr(previous, 'doClassCleanups', None) is None:
            return
        with _Captured(result):
            if tear_down is not None:
                _call_fixture(result, tear_down, 'tearDownClass', util.strclass(previous))
            _run_class_cleanups(result, previous, 'tearDownClass')

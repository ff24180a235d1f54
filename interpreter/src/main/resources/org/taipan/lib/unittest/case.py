"""TestCase and what it needs: skipping, expected failures, sub-tests, cleanups and the
assert* methods with their messages."""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import types
import warnings

from . import result
from .util import safe_repr, strclass, common_shorten_repr
from .util import _count_diff_all_purpose, _count_diff_hashable

__unittest = True

_BIG_TEXT = 2 ** 16   # strings longer than this are compared without a line diff
_DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


class SkipTest(Exception):
    """Raised by a test (or a fixture) to have it reported as skipped, with its message as
    the reason."""


class _StopRun(Exception):
    """Ends a test early from inside a sub-test (failfast, or an expected failure seen)."""


class _UnexpectedSuccess(Exception):
    """The failure an unexpected success is reported as, to a result without
    addUnexpectedSuccess."""


# -- decorators ------------------------------------------------------------------------

def _mark_skipped(item, reason):
    if not isinstance(item, type):
        original = item

        @functools.wraps(original)
        def skipped(*args, **kwargs):
            raise SkipTest(reason)
        item = skipped
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Skips the decorated test function or class unconditionally."""
    if isinstance(reason, types.FunctionType):
        return _mark_skipped(reason, '')
    return lambda item: _mark_skipped(item, reason)


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skips the decorated test when condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Marks a test whose failure is expected: a failure is then reported as such and a
    pass as an unexpected success."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


# -- module-level cleanups ------------------------------------------------------------

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Registers function(*args, **kwargs) to run after the module's tests (and
    tearDownModule), last registered first."""
    _module_cleanups.append((function, args, kwargs))


def doModuleCleanups():
    """Runs the module cleanups; the first exception any of them raised is re-raised after
    all have run."""
    first_problem = None
    while _module_cleanups:
        call, args, kwargs = _module_cleanups.pop()
        try:
            call(*args, **kwargs)
        except Exception as exc:
            if first_problem is None:
                first_problem = exc
    if first_problem is not None:
        raise first_problem


def _enter_context(cm, register):
    kind = type(cm)
    try:
        enter = kind.__enter__
        exit_ = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                        f"the context manager protocol") from None
    value = enter(cm)
    register(exit_, cm, None, None, None)
    return value


def enterModuleContext(cm):
    """Enters cm now and exits it among the module cleanups; returns what __enter__ gave."""
    return _enter_context(cm, addModuleCleanup)


# -- running a test: one "part" (setUp, the test, tearDown, a cleanup, a sub-test) -----

def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


def _report_problem(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _RunState:
    """The state of one TestCase.run: where results go, whether everything so far passed,
    and an exception kept for an expected failure."""

    def __init__(self, result=None):
        self.result = result
        self.reports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expecting_failure = False
        self.expected_failure = None

    def part(self, test, subtest=False):
        return _Part(self, test, subtest)


class _Part:
    """A context manager around one part of a test: records its outcome in the _RunState
    and stops the exception there (KeyboardInterrupt excepted)."""

    def __init__(self, state, test, subtest):
        self.state = state
        self.test = test
        self.subtest = subtest
        self.before = True

    def __enter__(self):
        self.before = self.state.success
        self.state.success = True
        return self

    def __exit__(self, exc_type, exc, tb):
        state = self.state
        try:
            if exc_type is None:
                if self.subtest and state.success:
                    state.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                state.success = False
                _report_skip(state.result, self.test, str(exc))
            elif issubclass(exc_type, _StopRun):
                pass
            elif state.expecting_failure:
                state.expected_failure = (exc_type, exc, tb)
            else:
                state.success = False
                if self.subtest:
                    state.result.addSubTest(self.test.test_case, self.test, (exc_type, exc, tb))
                else:
                    _report_problem(state.result, self.test, (exc_type, exc, tb))
            return True
        finally:
            state.success = state.success and self.before


_NO_MESSAGE = object()


class _SubTest:
    """One sub-test of a TestCase (a `with self.subTest(...)` block): reported on its own,
    described by its message and parameters."""

    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException
        self._testMethodName = test_case._testMethodName

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append("[{}]".format(self._message))
        if self.params:
            pieces.append("({})".format(', '.join(
                "{}={!r}".format(key, value) for key, value in self.params.items())))
        return " ".join(pieces) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def countTestCases(self):
        return 0

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())

    def __repr__(self):
        return "<{} {}>".format(strclass(type(self)), self)


class _ParamsChain(collections.ChainMap):
    """Sub-test parameters: a nested sub-test sees its parents' parameters too, listed
    innermost first (each name once)."""

    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key


# -- context managers of assertRaises / assertWarns ------------------------------------

def _is_type_or_types(value, base):
    if isinstance(value, type):
        return issubclass(value, base)
    if isinstance(value, tuple) and value:
        return all(isinstance(v, type) and issubclass(v, base) for v in value)
    return False


class _CheckContext:
    """What assertRaises and assertWarns share: the expected type(s), an optional pattern,
    and the call form (a callable and its arguments) besides the `with` form."""

    expected_kind = BaseException
    kind_text = ''

    def __init__(self, expected, test_case, expected_regex=None):
        self.test_case, self.expected = test_case, expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.msg = self.obj_name = None

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)

    def handle(self, name, args, kwargs):
        if not _is_type_or_types(self.expected, self.expected_kind):
            raise TypeError('%s() arg 1 must be %s' % (name, self.kind_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        target, *rest = args
        try:
            self.obj_name = target.__name__
        except AttributeError:
            self.obj_name = str(target)
        with self:
            target(*rest, **kwargs)
        return None


class _AssertRaisesContext(_CheckContext):
    """The context manager returned by assertRaises(Regex) without a callable."""

    expected_kind = BaseException
    kind_text = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(name, self.obj_name))
            self._raiseFailure("{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False   # not ours: let it propagate
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(pattern.pattern, str(exc_value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_CheckContext):
    """The context manager returned by assertWarns(Regex) without a callable."""

    expected_kind = Warning
    kind_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # a warning already shown once from a module would otherwise be filtered out
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        recorder = warnings.catch_warnings(record=True)
        self.warnings = recorder.__enter__()
        self.warnings_manager = recorder
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is None:
            self._check_warnings()
        return False   # an exception of the block goes on

    def _check_warnings(self):
        name = self._expected_name()
        first_of_type = None
        for caught in self.warnings:
            warning = caught.message
            if not isinstance(warning, self.expected):
                continue
            if first_of_type is None:
                first_of_type = warning
            if self.expected_regex is not None and not self.expected_regex.search(str(warning)):
                continue
            self.warning = warning
            self.filename = caught.filename
            self.lineno = caught.lineno
            return None
        if first_of_type is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_of_type)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(name, self.obj_name))
        self._raiseFailure("{} not triggered".format(name))

    __class_getitem__ = classmethod(types.GenericAlias)


def _renamed(new_method):
    """An old alias of an assert method: warns, then calls the new one."""
    def alias(*args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(new_method.__name__),
                      DeprecationWarning, 2)
        return new_method(*args, **kwargs)
    return alias


# -- TestCase --------------------------------------------------------------------------

def _closeness(first, second, places, delta):
    """(close, 'within ...' words, repr of the difference) for the almost-equal asserts:
    close when the difference is at most delta, or rounds to zero at places decimal places
    (7 by default)."""
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    gap = abs(first - second)
    if delta is not None:
        return gap <= delta, 'within %s delta' % safe_repr(delta), safe_repr(gap)
    if places is None:
        places = 7
    return round(gap, places) == 0, 'within %r places' % (places,), safe_repr(gap)


_DETAILED_EQUALITY = {
    dict: 'assertDictEqual', list: 'assertListEqual', tuple: 'assertTupleEqual',
    set: 'assertSetEqual', frozenset: 'assertSetEqual', str: 'assertMultiLineEqual',
}


class TestCase(object):
    """A test case: an instance runs one test method (its methodName), between setUp and
    tearDown, and reports the outcome to a TestResult. The assert* methods raise
    failureException with a message describing the difference."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = _BIG_TEXT
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # each test class has its own class cleanups and set-up state
        cls._class_cleanups = []
        cls._classSetupFailed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._subtest = None
        self._cleanups = []
        # by name, so that a subclass overriding e.g. assertListEqual is used
        self._type_equality_funcs = dict(_DETAILED_EQUALITY)

    def addTypeEqualityFunc(self, typeobj, function):
        """Has assertEqual compare two values both of exactly typeobj with function(first,
        second, msg=None)."""
        self._type_equality_funcs[typeobj] = function

    # cleanups and contexts

    def addCleanup(self, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDown (or after a failed
        setUp), last registered first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters cm now and exits it among the cleanups; returns what __enter__ gave."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Registers function(*args, **kwargs) to run after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Enters cm now and exits it among the class cleanups."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method; override to prepare what the tests share."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded, even when the test failed."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the first test of the class."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the last test of the class."""

    def defaultTestResult(self):
        return result.TestResult()

    def countTestCases(self):
        return 1

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return strclass(self.__class__) + "." + self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context in which a failure is reported as the failure of a sub-test identified by
        msg and params, and the test goes on after the block."""
        state = self._outcome
        if state is None or not state.reports_subtests:
            yield
            return
        parent = self._subtest
        if parent is None:
            chain = _ParamsChain(params)
        else:
            chain = parent.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with state.part(self._subtest, subtest=True):
                yield
            if not state.success:
                if state.result is not None and state.result.failfast:
                    raise _StopRun
            elif state.expected_failure:
                # the failure the test was expected to have happened: stop here
                raise _StopRun
        finally:
            self._subtest = parent

    # running

    # the steps of a run, each a method of its own so that tracers and subclasses see them

    def _callSetUp(self):
        self.setUp()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _skip_reason(self, method):
        cls = self.__class__
        if getattr(cls, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            return (getattr(cls, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        """Runs the test, reporting to result (a new defaultTestResult() when None, with
        startTestRun/stopTestRun around)."""
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            state = _RunState(result)
            self._outcome = state
            try:
                with state.part(self):
                    self._callSetUp()
                if state.success:
                    state.expecting_failure = expecting
                    with state.part(self):
                        self._callTestMethod(method)
                    state.expecting_failure = False
                    with state.part(self):
                        self._callTearDown()
                self.doCleanups()
                if state.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif state.expected_failure:
                        self._report_expected_failure(result, state.expected_failure)
                    else:
                        self._report_unexpected_success(result)
                return result
            finally:
                state.expected_failure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if own_result:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()

    def _report_expected_failure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
            return
        warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                      RuntimeWarning)
        result.addSuccess(self)

    def _report_unexpected_success(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        # reported as a plain failure, which needs an exception to show
        problem = _UnexpectedSuccess()
        result.addFailure(self, (_UnexpectedSuccess, problem, None))

    def doCleanups(self):
        """Runs the cleanups (last registered first); False if any of them failed."""
        state = self._outcome or _RunState()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with state.part(self):
                self._callCleanup(function, *args, **kwargs)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups; what they raised is kept in cls.tearDown_exceptions."""
        problems = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            call, args, kwargs = pending.pop()
            try:
                call(*args, **kwargs)
            except Exception:
                problems.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result, letting exceptions through (for debuggers)."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            call, args, kwargs = pending.pop()
            self._callCleanup(call, *args, **kwargs)

    def skipTest(self, reason):
        """Skips this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fails the test with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: the standard message, the user's msg instead of it (longMessage
        off), or both joined by ' : '."""
        if not self.longMessage:
            return msg or standardMsg
        return standardMsg if msg is None else '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (_DIFF_OMITTED % len(diff))

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    # truth and identity

    def assertFalse(self, expr, msg=None):
        """Fails unless expr is false."""
        if expr:
            self._fail_with(msg, "%s is not false" % safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        """Fails unless expr is true."""
        if not expr:
            self._fail_with(msg, "%s is not true" % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                                  safe_repr(container)))

    # ordering

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, '%s not greater than or equal to %s' % (safe_repr(a),
                                                                         safe_repr(b)))

    # exceptions, warnings, logs

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fails unless calling args[0](*args[1:], **kwargs) raises expected_exception; without
        a callable, a context manager that checks its block instead."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also requiring expected_regex to match str() of the exception."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fails unless the call (or the block) triggers a warning of expected_warning."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, also requiring expected_regex to match the warning's message."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager that fails unless its block logs at least one message of level
        (INFO by default) or higher on logger (the root logger by default); it yields an
        object with the captured .records and their formatted .output."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager that fails if its block logs anything of level or higher."""
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    # equality

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            function = self._type_equality_funcs.get(type(first))
            if function is not None:
                if isinstance(function, str):
                    function = getattr(self, function)
                return function
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' % common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fails unless first == second; values of the same registered type (dict, list,
        tuple, set, frozenset, str) get a detailed comparison."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fails unless first and second are equal, or differ by at most delta, or their
        difference rounds to zero at places decimal places (7 by default)."""
        if first == second:
            return
        close, within, gap = _closeness(first, second, places, delta)
        if not close:
            self._fail_with(msg, '%s != %s %s (%s difference)' % (
                safe_repr(first), safe_repr(second), within, gap))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual."""
        close, within, gap = _closeness(first, second, places, delta)
        if first == second or close:
            # only the delta form tells the difference
            detail = ' (%s difference)' % gap if delta is not None else ''
            self._fail_with(msg, '%s == %s %s%s' % (safe_repr(first), safe_repr(second),
                                                    within, detail))

    def _line_diff(self, first, second):
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                               pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fails unless the two sequences are equal, naming the first differing element and
        showing a diff of their pretty-printed forms."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        text = self._describe_sequence_difference(seq1, seq2, kind, seq_type)
        if text is None:
            return
        text = self._truncateMessage(text, self._line_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _describe_sequence_difference(self, seq1, seq2, kind, seq_type):
        """The first part of an assertSequenceEqual message, or None when equal."""
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            return 'First %s has no length.    Non-sequence?' % kind
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            return 'Second %s has no length.    Non-sequence?' % kind
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + common_shorten_repr(seq1, seq2))
        found_difference = False
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of first %s\n' % (i, kind)
                found_difference = True
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of second %s\n' % (i, kind)
                found_difference = True
                break
            if item1 != item2:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((i,) + common_shorten_repr(item1, item2)))
                found_difference = True
                break
        if not found_difference and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
            return None   # equal items in sequences of different types
        if len1 != len2:
            longer, extra_from = ('First', seq1) if len1 > len2 else ('Second', seq2)
            shorter_len = min(len1, len2)
            text += '\n%s %s contains %d additional elements.\n' % (longer, kind,
                                                                   abs(len1 - len2))
            try:
                text += 'First extra element %d:\n%s\n' % (shorter_len,
                                                           safe_repr(extra_from[shorter_len]))
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of %s %s\n' % (shorter_len, longer.lower(),
                                                                   kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fails unless the two sets are equal, listing the items only one of them has."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def _set_difference(self, left, right, which):
        try:
            return left.difference(right)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (which, e))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % common_shorten_repr(d1, d2)
            text = self._truncateMessage(text, self._line_diff(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fails unless every key of subset is in dictionary with the same value."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = []
        different = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                different.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or different):
            return
        parts = []
        if missing:
            parts.append('Missing: %s' % ','.join(safe_repr(m) for m in missing))
        if different:
            parts.append('Mismatched values: %s' % ','.join(different))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Fails unless the two iterables have the same elements the same number of times,
        in any order."""
        items1, items2 = list(first), list(second)
        try:
            counts1 = collections.Counter(items1)
            counts2 = collections.Counter(items2)
        except TypeError:
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if counts1 == counts2:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if mismatches:
            detail = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
            text = self._truncateMessage('Element counts were not equal:\n', detail)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fails unless the two strings are equal, showing a line diff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1 = first.splitlines(keepends=True)
        lines2 = second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            lines1 = [first + '\n']
            lines2 = [second + '\n']
        text = '%s != %s' % common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertRegex(self, text, expected_regex, msg=None):
        """Fails unless expected_regex matches somewhere in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r"
                            % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fails if unexpected_regex matches somewhere in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r' % (
                text[found.start():found.end()], unexpected_regex.pattern, text))

    # the old names, deprecated
    failUnlessEqual = assertEquals = _renamed(assertEqual)
    failIfEqual = assertNotEquals = _renamed(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _renamed(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _renamed(assertNotAlmostEqual)
    failUnless = assert_ = _renamed(assertTrue)
    failUnlessRaises = _renamed(assertRaises)
    failIf = _renamed(assertFalse)
    assertRaisesRegexp = _renamed(assertRaisesRegex)
    assertRegexpMatches = _renamed(assertRegex)
    assertNotRegexpMatches = _renamed(assertNotRegex)


class FunctionTestCase(TestCase):
    """A TestCase around a plain function (with optional set-up and tear-down functions),
    for test code that predates TestCase classes."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def runTest(self):
        self._testFunc()

    def setUp(self):
        if self._setUpFunc is None:
            return
        self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is None:
            return
        self._tearDownFunc()

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc and doc.split("\n")[0].strip() or None
        return self._description

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts() == other._parts()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

"""TestLoader: builds suites from TestCase classes, modules, dotted names, and from the
test files found under a directory (discover)."""

import functools
import os
import re
import sys
import types
import warnings
import traceback
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

# a file name discovery may import as a module
_IMPORTABLE_FILE = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test standing for something that could not be loaded: running it raises the
    exception the loading raised."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _failed_load(name, exception, suite_class, message):
    return suite_class((_FailedTest(name, exception),)), message


def _failed_import(name, suite_class):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failed_load(name, ImportError(message), suite_class, message)


def _failed_load_tests(name, exception, suite_class):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _failed_load(name, exception, suite_class, message)


def _skipped_module(name, exception, suite_class):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    holder = type("ModuleSkipped", (case.TestCase,), {name: testSkipped, '__module__': __name__})
    return suite_class((holder(name),))


def _without_py(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Finds tests and collects them into suites: test methods are those whose names start
    with testMethodPrefix, ordered by sortTestMethodsUsing, optionally filtered by
    testNamePatterns (fnmatch patterns over 'module.Class.method')."""

    suiteClass = suite.TestSuite
    testMethodPrefix = 'test'
    testNamePatterns = None
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # the packages being loaded, so that a package's load_tests calling discover on its
        # own directory does not load it again
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of an instance of testCaseClass per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in module; a module-level load_tests
        (loader, tests, pattern) function decides instead when there is one."""
        if args or kws:
            # the old use_load_tests argument: accepted, ignored
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
            if len(args) > 1 or kws:
                raise TypeError('loadTestsFromModule() takes 1 positional argument but {} '
                                'were given'.format(len(args) + 1 + len(kws)))
        found = []
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, case.TestCase):
                found.append(self.loadTestsFromTestCase(value))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            error_suite, message = _failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return error_suite

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, a TestCase class, a test method, a
        suite, or a callable returning a test or suite. Without module, the longest
        importable prefix of the name is imported first."""
        parts = name.split('.')
        error_suite = message = None
        if module is None:
            remaining = parts[:]
            while remaining:
                try:
                    module = __import__('.'.join(remaining))
                    break
                except ImportError:
                    last = remaining.pop()
                    error_suite, message = _failed_import(last, self.suiteClass)
                    if not remaining:
                        self.errors.append(message)
                        return error_suite
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_suite is not None:
                    # a package whose submodule failed to import: report that
                    self.errors.append(message)
                    return error_suite
                error_suite, message = _failed_load(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return error_suite
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # a test method (not a static function stored on the class)
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of testCaseClass."""
        def is_test(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if self.testNamePatterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return any(fnmatchcase(full, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if is_test(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """A suite of the tests of every module under start_dir (recursing into packages)
        whose file name matches pattern; modules are imported by their names relative to
        top_level_dir (start_dir by default), which is put on sys.path."""
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted package name
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                package = sys.modules[start_dir]
                first_part = start_dir.split('.')[0]
                module_file = getattr(package, '__file__', None)
                if module_file is None:
                    raise TypeError('don\'t know how to discover from {!r}'.format(package))
                start_dir = os.path.abspath(os.path.dirname(module_file))
                if implicit_top:
                    self._top_level_dir = self._find_top_of(sys.modules[first_part])
                    sys.path.remove(top_level_dir)
        if not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _find_top_of(self, package):
        location = os.path.abspath(os.path.dirname(package.__file__))
        return os.path.dirname(location)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(_without_py(os.path.normpath(path)), self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _match_path(self, path, full_path, pattern):
        """Whether a file name matches discover's pattern (a hook for subclasses)."""
        return fnmatch(path, pattern)

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        """Yields the suites of start_dir (when it is a package) and of the matching modules
        and packages under it, in sorted order of file names."""
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full_path, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._get_name_from_path(full_path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full_path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        """(module, None), or (None, suite) for a module that raised SkipTest or failed."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _skipped_module(name, e, self.suiteClass)
        except:
            error_suite, message = _failed_import(name, self.suiteClass)
            self.errors.append(message)
            return None, error_suite

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one directory entry."""
        base = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _IMPORTABLE_FILE.match(base):
                return None, False
            if not self._match_path(base, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            module, failed = self._import_for_discovery(name)
            if module is None:
                return failed, False
            loaded_from = os.path.abspath(getattr(module, '__file__', full_path))
            if (_without_py(os.path.realpath(loaded_from)).lower()
                    != _without_py(os.path.realpath(full_path)).lower()):
                found_dir = os.path.dirname(_without_py(os.path.realpath(loaded_from)))
                wanted_dir = os.path.dirname(_without_py(os.path.realpath(full_path)))
                raise ImportError("%r module incorrectly imported from %r. Expected %r. "
                                  "Is this module globally installed?"
                                  % (name, found_dir, wanted_dir))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            name = self._get_name_from_path(full_path)
            package, failed = self._import_for_discovery(name)
            if package is None:
                return failed, False
            load_tests = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                # a package with its own load_tests decides about its subdirectories
                return tests, load_tests is None
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()


def _configured_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    """Deprecated: TestLoader().getTestCaseNames with the given settings."""
    made = _configured_loader(prefix, sortUsing, testNamePatterns=testNamePatterns)
    return made.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    """Deprecated: a suite of the test methods of testCaseClass."""
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    """Deprecated: a suite of the TestCase classes of module."""
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)

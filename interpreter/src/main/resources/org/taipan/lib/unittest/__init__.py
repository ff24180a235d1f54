"""Taipan's unittest: test cases, suites, loaders, result objects and a text runner.

Write tests as methods named test* of a TestCase subclass, checking with the assert*
methods; run them with unittest.main() or `python -m unittest`."""

__unittest = True

from .case import TestCase, FunctionTestCase, SkipTest
from .case import skip, skipIf, skipUnless, expectedFailure
from .case import addModuleCleanup, doModuleCleanups, enterModuleContext
from .suite import TestSuite, BaseTestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .main import TestProgram, main
from .signals import installHandler, removeHandler, registerResult, removeResult

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext', 'getTestCaseNames', 'makeSuite',
           'findTestCases']


def load_tests(loader, tests, pattern):
    """The load_tests hook of this package: the tests found under its own directory."""
    import os
    here = os.path.dirname(__file__)
    if not os.path.isdir(here):
        return tests   # inside the jar: nothing to discover
    return loader.discover(start_dir=here, pattern=pattern)


# names imported on first use only (IsolatedAsyncioTestCase needs asyncio, a large import)
_ON_FIRST_USE = {'IsolatedAsyncioTestCase': 'async_case'}


def __getattr__(name):
    submodule = _ON_FIRST_USE.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module
    value = getattr(import_module('.' + submodule, __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | {'IsolatedAsyncioTestCase'})

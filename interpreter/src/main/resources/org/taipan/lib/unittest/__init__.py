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

__all__ = [
    # writing tests
    'TestCase', 'FunctionTestCase', 'IsolatedAsyncioTestCase', 'SkipTest',
    'skip', 'skipIf', 'skipUnless', 'expectedFailure',
    'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
    # collecting them
    'TestSuite', 'TestLoader', 'defaultTestLoader',
    'getTestCaseNames', 'makeSuite', 'findTestCases',
    # running them
    'TestResult', 'TextTestResult', 'TextTestRunner', 'main',
    'installHandler', 'removeHandler', 'registerResult', 'removeResult',
]


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        # needs asyncio, which Taipan does not have yet
        raise AttributeError("module 'unittest' has no attribute 'IsolatedAsyncioTestCase' "
                             "(Taipan has no asyncio yet)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | {'IsolatedAsyncioTestCase'})

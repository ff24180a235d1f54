"""The text runner: TextTestRunner runs a test and prints progress (dots or one line per
test), the failures with their tracebacks, and a summary, through TextTestResult."""

import sys
import time
import warnings

from . import result
from . import case
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """Wraps a text stream, adding writeln(); every other attribute is the stream's."""

    def __init__(self, stream):
        self.stream = stream

    def writeln(self, arg=None):
        text = (arg or '') + '\n'
        self.write(text)

    def __getattr__(self, attr):
        # 'stream' itself is never looked up on the wrapped stream (copying and pickling
        # would otherwise recurse before __init__ ran)
        if attr not in ('stream', '__getstate__'):
            return getattr(self.stream, attr)
        raise AttributeError(attr)


# (word at verbosity 2, character at verbosity 1) for each kind of outcome
_SUCCESS = ("ok", '.')
_ERROR = ("ERROR", 'E')
_FAILURE = ("FAIL", 'F')
_EXPECTED_FAILURE = ("expected failure", 'x')
_UNEXPECTED_SUCCESS = ("unexpected success", 'u')


class TextTestResult(result.TestResult):
    """A TestResult that reports to a stream as it goes: a character per test at verbosity
    1, a line per test at 2, nothing at 0; printErrors lists the problems at the end."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        # whether the stream is at the start of a line (no "name ... " waiting for a status)
        self._newline = True

    def getDescription(self, test):
        text = str(test)
        doc = test.shortDescription()
        if doc and self.descriptions:
            text = text + '\n' + doc
        return text

    def _announce(self, test, indent=''):
        self.stream.write(indent + self.getDescription(test) + " ... ")

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._announce(test)
        self.stream.flush()
        self._newline = False

    def _write_status(self, test, status):
        if isinstance(test, case._SubTest):
            # a sub-test gets an indented line of its own under its test's line
            if not self._newline:
                self.stream.writeln()
            self._announce(test, "  ")
        elif self._newline:
            self._announce(test)
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, outcome, same_line=False):
        word, char = outcome
        if self.showAll:
            if same_line:
                self.stream.writeln(word)
                self.stream.flush()
            else:
                self._write_status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def _problem_kind(self, test, err):
        return _FAILURE if issubclass(err[0], test.failureException) else _ERROR

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._progress(subtest, self._problem_kind(subtest, err))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._progress(test, _SUCCESS)

    def addError(self, test, err):
        super().addError(test, err)
        self._progress(test, _ERROR)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._progress(test, _FAILURE)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._progress(test, ("skipped {0!r}".format(reason), 's'))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._progress(test, _EXPECTED_FAILURE, same_line=True)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._progress(test, _UNEXPECTED_SUCCESS, same_line=True)

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()
            out.flush()
        for flavour, problems in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, problems)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if not surprises:
            return
        out.writeln(self.separator1)
        for test in surprises:
            out.writeln("UNEXPECTED SUCCESS: " + self.getDescription(test))
        out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            for line in (self.separator1, flavour + ": " + self.getDescription(test),
                         self.separator2, "%s" % (text,)):
                out.writeln(line)
            out.flush()


def _summary_counts(outcome):
    """The 'name=count' parts of the last line of a run."""
    parts = []
    if not outcome.wasSuccessful():
        parts.append(('failures', len(outcome.failures)))
        parts.append(('errors', len(outcome.errors)))
    try:
        parts.append(('skipped', len(outcome.skipped)))
        parts.append(('expected failures', len(outcome.expectedFailures)))
        parts.append(('unexpected successes', len(outcome.unexpectedSuccesses)))
    except AttributeError:
        # a result without those lists reports none of the three
        parts = [p for p in parts if p[0] in ('failures', 'errors')]
    return ["%s=%d" % (name, count) for name, count in parts if count]


class TextTestRunner(object):
    """Runs a test (or suite) with a TextTestResult writing to stream (sys.stderr by
    default), then prints the errors and the summary: 'Ran N tests in T s' and OK or
    FAILED with the counts."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        # None keeps the filters as they are (unittest.main passes 'default')
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _run_with_warnings(self, test, outcome):
        """Runs test with the runner's warning filter; returns the seconds it took."""
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # the deprecated assert aliases warn once per module, not at every call
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            began = time.perf_counter()
            hook = getattr(outcome, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(outcome)
            finally:
                hook = getattr(outcome, 'stopTestRun', None)
                if hook is not None:
                    hook()
            return time.perf_counter() - began

    def run(self, test):
        """Runs test and prints the report; returns the result object."""
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast, outcome.buffer = self.failfast, self.buffer
        outcome.tb_locals = self.tb_locals
        seconds = self._run_with_warnings(test, outcome)
        outcome.printErrors()
        out = self.stream
        if hasattr(outcome, 'separator2'):
            out.writeln(outcome.separator2)
        count = outcome.testsRun
        out.writeln("Ran %d %s in %.3fs" % (count, "test" if count == 1 else "tests", seconds))
        out.writeln()
        verdict = "OK" if outcome.wasSuccessful() else "FAILED"
        counts = _summary_counts(outcome)
        if counts:
            out.writeln("%s (%s)" % (verdict, ", ".join(counts)))
        else:
            out.write(verdict + "\n")
        out.flush()
        return outcome

    def _makeResult(self):
        """A new result object for a run (resultclass with stream, descriptions, verbosity)."""
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

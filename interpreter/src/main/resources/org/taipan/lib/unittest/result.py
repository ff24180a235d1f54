"""TestResult: what a test run records (errors, failures, skips, expected failures,
unexpected successes), plus output buffering and the formatting of tracebacks without
unittest's own frames."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True

_STDOUT_BLOCK = '\nStdout:\n%s'
_STDERR_BLOCK = '\nStderr:\n%s'


def failfast(method):
    """Wraps a TestResult.add* method so that, with failfast set, the run stops after it."""
    @functools.wraps(method)
    def stop_first(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kwargs)
    return stop_first


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


def _captured_blocks(out_text, err_text):
    """The 'Stdout:' and 'Stderr:' blocks shown for the output of a failed test."""
    blocks = []
    if out_text:
        blocks.append(_STDOUT_BLOCK % _with_newline(out_text))
    if err_text:
        blocks.append(_STDERR_BLOCK % _with_newline(err_text))
    return blocks


class TestResult(object):
    """Collects the outcome of tests. Lists of (test, formatted traceback) pairs: errors,
    failures, expectedFailures; (test, reason) pairs: skipped; tests: unexpectedSuccesses.
    With buffer set, what a test prints is captured, and shown only if it fails."""

    # what TestSuite keeps on the result between tests (class and module fixtures)
    _previousTestClass = None
    _moduleSetUpFailed = False
    _testRunEntered = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.errors, self.failures, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        # options a runner sets before the run
        self.failfast = self.buffer = self.tb_locals = False
        self.shouldStop = False
        # output capture for `buffer`: the real streams and, once needed, the buffers
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False   # show the captured output when the test ends

    def startTestRun(self):
        """Hook: the run is about to start."""

    def stopTestRun(self):
        """Hook: the run is over."""

    def printErrors(self):
        """Hook for runners that report problems at the end; nothing here."""

    def startTest(self, test):
        """Counts test and starts capturing its output (when buffering)."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        """Ends the capture of the test's output, echoing it when the test failed."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for block in _captured_blocks(sys.stdout.getvalue(), ''):
                self._original_stdout.write(block)
            for block in _captured_blocks('', sys.stderr.getvalue()):
                self._original_stderr.write(block)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def _record(self, target, test, err):
        target.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        """test raised an exception other than its failureException; err is exc_info."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """test failed (raised its failureException); err is exc_info."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """A sub-test of test ended: passed when err is None, else err is exc_info."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        """test passed; nothing is kept for it."""

    def addSkip(self, test, reason):
        """test was skipped for reason."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """test, marked expectedFailure, did fail; err is exc_info."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """test, marked expectedFailure, passed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """True when nothing failed, raised or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without unittest's frames, followed by the test's
        buffered output when buffering."""
        exc_type, value, tb = err
        tb = self._clean_tracebacks(exc_type, value, tb, test)
        saved = value.__traceback__ if value is not None else None
        if value is not None:
            value.__traceback__ = tb
        try:
            report = traceback.TracebackException(exc_type, value, tb,
                                                  capture_locals=self.tb_locals, compact=True)
            chunks = list(report.format())
            if self.tb_locals and value is not None:
                chunks = _with_locals(chunks, value)
            text = ''.join(chunks)
        finally:
            if value is not None:
                value.__traceback__ = saved
        if self.buffer:
            text += ''.join(_captured_blocks(sys.stdout.getvalue(), sys.stderr.getvalue()))
        return text

    def _clean_tracebacks(self, exc_type, value, tb, test):
        """Drops unittest's frames from the start of the traceback of value and of every
        exception chained to it; for a failure also from its end (the assert* methods).
        Returns the cleaned traceback of value itself."""
        result_tb = None
        todo = [(exc_type, value, tb, True)]
        seen = {id(value)}
        while todo:
            kind, exc, entry, is_first = todo.pop()
            while entry is not None and _is_unittest_frame(entry):
                entry = entry.tb_next
            if kind is test.failureException:
                _cut_unittest_tail(entry)
            if is_first:
                result_tb = entry
            else:
                exc.__traceback__ = entry
            if exc is None:
                continue
            for linked in (exc.__cause__, exc.__context__):
                if linked is not None and id(linked) not in seen:
                    seen.add(id(linked))
                    todo.append((type(linked), linked, linked.__traceback__, False))
        return result_tb

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _cut_unittest_tail(tb):
    """Ends the traceback before the first unittest frame after its start."""
    last_kept = None
    while tb is not None and not _is_unittest_frame(tb):
        last_kept, tb = tb, tb.tb_next
    if last_kept is not None:
        last_kept.tb_next = None


def _printed_chain(exc):
    """The exceptions of exc's report in the order they are printed: the first cause (or
    context) first, exc last."""
    order = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        order.append(exc)
        if exc.__cause__ is not None:
            exc = exc.__cause__
        elif not exc.__suppress_context__:
            exc = exc.__context__
        else:
            exc = None
    order.reverse()
    return order


def _local_lines(frame):
    lines = []
    for name, value in sorted(frame.f_locals.items()):
        try:
            shown = repr(value)
        except Exception:
            shown = '<local repr() failed>'
        lines.append('    %s = %s\n' % (name, shown))
    return ''.join(lines)


def _with_locals(chunks, exc):
    """The report chunks with the local variables of each frame after its lines (--locals):
    the frames are those of the printed exceptions' tracebacks, in order."""
    frames = []
    for printed in _printed_chain(exc):
        entry = printed.__traceback__
        while entry is not None:
            frames.append(entry.tb_frame)
            entry = entry.tb_next
    position = 0
    out = []
    for chunk in chunks:
        if chunk.startswith('  File "') and position < len(frames):
            chunk += _local_lines(frames[position])
            position += 1
        elif chunk.startswith('  [Previous line repeated '):
            position += int(chunk.split()[3])
        out.append(chunk)
    return out

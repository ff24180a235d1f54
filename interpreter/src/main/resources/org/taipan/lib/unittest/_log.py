"""The context manager behind TestCase.assertLogs and assertNoLogs."""

import collections
import logging

__unittest = True

_LogCapture = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """A handler that keeps every record and its formatted text instead of emitting it."""

    def __init__(self):
        logging.Handler.__init__(self)
        self.watcher = _LogCapture([], [])

    def emit(self, record):
        records, texts = self.watcher
        records.append(record)
        texts.append(self.format(record))

    def flush(self):
        pass


def _level_number(level):
    if not level:
        return logging.INFO
    return logging._nameToLevel.get(level, level)


class _AssertLogsContext:
    """Gives a logger a capturing handler (and no other) for the `with` block, then checks
    that something was (assertLogs) or nothing was (assertNoLogs) logged."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        self.test_case, self.logger_name = test_case, logger_name
        self.level = _level_number(level)
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        capture = _CapturingHandler()
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        capture.setLevel(self.level)
        self.watcher = capture.watcher
        # what __exit__ puts back
        self._saved = (list(target.handlers), target.level, target.propagate)
        target.handlers = [capture]
        target.propagate = False
        target.setLevel(self.level)
        return None if self.no_logs else capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        handlers, level, propagate = self._saved
        self.logger.handlers = handlers
        self.logger.setLevel(level)
        self.logger.propagate = propagate
        if exc_type is not None:
            return False
        captured = self.watcher.records
        if self.no_logs and captured:
            self._fail("Unexpected logs found: {!r}".format(self.watcher.output))
        if not self.no_logs and not captured:
            self._fail("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
        return None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

"""Extract, format and print information about Python stack traces (Taipan's own
implementation; full exception reports come from the interpreter's own printer)."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """One entry of a stack or traceback: where (file, line, function) and the source line.

    It also behaves as the 4-tuple (filename, lineno, name, line) that older code expects."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        if lookup_line:
            self._fetch_line()
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}

    def _fetch_line(self):
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        return self._fetch_line()

    @property
    def line(self):
        """The source line without surrounding whitespace ('' if unknown, None without a lineno)."""
        text = self._fetch_line()
        return None if text is None else text.strip()


def walk_stack(f):
    """(frame, current line) from f outwards; from the caller's caller when f is None."""
    if f is None:
        # CPython 3.11 skips a fixed number of levels here, sized for StackSummary.extract
        # (which sits two generators deep): the walk starts at extract()'s caller
        f = sys._getframe().f_back.f_back.f_back.f_back
    frame = f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """(frame, line) for each entry of a traceback, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


_REPEAT_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary entries that formats itself like a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarises (frame, lineno) pairs, keeping `limit` of them (see format_exception)."""
        def positioned():
            # a second generator level, as in CPython: walk_stack(None) depends on the depth
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._from_positioned_frames(positioned(), limit=limit, lookup_lines=lookup_lines,
                                             capture_locals=capture_locals)

    @classmethod
    def _from_positioned_frames(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        limit = _effective_limit(limit)
        if limit is not None:
            pairs = list(frame_gen)
            if limit >= 0:
                pairs = pairs[:limit]
            elif -limit < len(pairs):
                pairs = pairs[len(pairs) + limit:]
            frame_gen = pairs
        summary = klass()
        for frame, (lineno, _, _, _) in frame_gen:
            code = frame.f_code
            summary.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                        locals=frame.f_locals if capture_locals else None))
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A summary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, its source line and any captured locals."""
        text = '  File "%s", line %s, in %s\n' % (frame_summary.filename, frame_summary.lineno,
                                                 frame_summary.name)
        if frame_summary.line:
            text += '    %s\n' % frame_summary.line.strip()
        for key, value in sorted((frame_summary.locals or {}).items()):
            text += '    %s = %s\n' % (key, value)
        return text

    def format(self):
        """One string per entry; a run of more than three identical entries is shortened to
        three and a '[Previous line repeated N more times]' line, as in the interpreter."""
        out = []
        previous = None
        repeats = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == previous:
                repeats += 1
            else:
                if repeats > _REPEAT_CUTOFF:
                    out.append(_repeated(repeats - _REPEAT_CUTOFF))
                previous, repeats = key, 1
            if repeats <= _REPEAT_CUTOFF:
                out.append(self.format_frame_summary(fs))
        if repeats > _REPEAT_CUTOFF:
            out.append(_repeated(repeats - _REPEAT_CUTOFF))
        return out


def _repeated(count):
    return '  [Previous line repeated %d more time%s]\n' % (count, 's' if count > 1 else '')


def _effective_limit(limit):
    """The traceback module's limit: sys.tracebacklimit when None is given (negative meaning 0)."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    if tb is None:
        return []
    carrier = Exception()
    carrier.__traceback__ = tb
    chunks = _split_lines(_traceback.format(carrier, _effective_limit(limit)))
    return [c for c in chunks if c.startswith('  File "') or c.startswith('  [Previous line repeated')]


def print_tb(tb, limit=None, file=None):
    # format_tb keeps the position markers that CPython's frame summaries of tracebacks carry
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit=limit):
        print(item, file=file, end='')


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def _split_lines(text):
    """The printer's text in CPython's pieces: one per frame entry (with its source and
    marker lines), one per chain separator, one per other line."""
    lines = text.splitlines(True)
    chunks = []
    in_frame = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('  File "'):
            chunks.append(line)
            in_frame = True
        elif in_frame and line.startswith('    '):
            chunks[-1] += line
        elif (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
              and (lines[i + 1].startswith('The above exception') or lines[i + 1].startswith('During handling'))):
            chunks.append(line + lines[i + 1] + lines[i + 2])
            i += 2
            in_frame = False
        else:
            chunks.append(line)
            in_frame = False
        i += 1
    return chunks


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is not value.__traceback__:
        saved = value.__traceback__
        value.__traceback__ = tb
        try:
            return _format_full(value, chain, limit)
        finally:
            value.__traceback__ = saved
    return _format_full(value, chain, limit)


def _format_full(value, chain, limit=None):
    chunks = _format_chunks(value, chain, limit)
    if isinstance(value, SyntaxError):
        # the interpreter's way of showing the SyntaxError itself gives way to this module's
        text = ''.join(chunks)
        tail = ''.join(_printer_exception_only(value))
        if tail and text.endswith(tail):
            chunks = _split_lines(text[:len(text) - len(tail)]) + list(_syntax_error_lines(value))
    return chunks


def _format_chunks(value, chain, limit):
    limit = _effective_limit(limit)
    if chain:
        return _split_lines(_traceback.format(value, limit))
    saved = value.__cause__, value.__context__, value.__suppress_context__
    value.__cause__ = None
    value.__context__ = None
    try:
        return _split_lines(_traceback.format(value, limit))
    finally:
        value.__cause__, value.__context__, value.__suppress_context__ = saved


def format_exception_only(exc, /, value=_sentinel):
    """The last part of a report: the exception's type and message (and its notes)."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return ['%s: %s\n' % (getattr(exc, '__name__', exc), value)]
    if isinstance(value, SyntaxError):
        return list(_syntax_error_lines(value))
    return _printer_exception_only(value)


def _printer_exception_only(value):
    saved = value.__traceback__, value.__cause__, value.__context__, value.__suppress_context__
    value.__traceback__ = None
    value.__cause__ = None
    value.__context__ = None
    try:
        return _traceback.format(value).splitlines(True)
    finally:
        (value.__traceback__, value.__cause__, value.__context__,
         value.__suppress_context__) = saved


def _syntax_error_lines(exc):
    """A SyntaxError the way this module shows it, which is not quite the interpreter's way:
    only spaces (not tabs) are stripped from the source line, and a caret is drawn whenever
    the offset falls inside the shown text."""
    stype = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('__main__', 'builtins'):
        stype = module + '.' + stype
    suffix = ''
    if exc.lineno is not None:
        yield '  File "{}", line {}\n'.format(exc.filename or '<string>', exc.lineno)
    elif exc.filename is not None:
        suffix = ' ({})'.format(exc.filename)
    if exc.text is not None:
        line = exc.text.rstrip('\n')
        shown = line.lstrip(' \n\f')
        cut = len(line) - len(shown)
        yield '    {}\n'.format(shown)
        if exc.offset is not None:
            start = exc.offset
            end = exc.end_offset if exc.end_offset not in (None, 0) else start
            if end == start or end == -1:
                end = start + 1
            first, last = start - 1 - cut, end - 1 - cut
            if first >= 0:
                # keep tabs under the text so the carets line up
                pad = ''.join(c if c.isspace() else ' ' for c in shown[:first])
                yield '    {}{}\n'.format(pad, '^' * (last - first))
    yield '{}: {}{}\n'.format(stype, exc.msg or '<no detail available>', suffix)
    notes = getattr(exc, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                yield (note if isinstance(note, str) else _safe_str(note)) + '\n'
        else:
            yield _safe_str(notes, '__notes__') + '\n'


def _safe_str(value, what='note'):
    try:
        return repr(value) if what == '__notes__' else str(value)
    except Exception:
        return '<%s str() failed>' % what if what == 'note' else '<__notes__ repr() failed>'


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for formatting later: its type, text, stack, notes and chain
    (causes and contexts are TracebackExceptions too, as are a group's members)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = _describe(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=seen)

        def follow(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(type(other), other, other.__traceback__, **options)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        self.__cause__ = None if exc_value is None else follow(exc_value.__cause__)
        needs_context = not compact or (self.__cause__ is None and not self.__suppress_context__)
        self.__context__ = follow(exc_value.__context__) if exc_value is not None and needs_context else None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **options)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Captures exc (with its own traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The lines of the exception part alone."""
        yield from format_exception_only(self.exc_type, self._exc)

    def format(self, *, chain=True):
        """The lines of the whole report, as the interpreter would print it."""
        if self._exc is None:
            yield from format_exception_only(self.exc_type, None)
            return
        lines = format_exception(self._exc, limit=self._limit, chain=chain)
        frames = list(self._frames_in_print_order(chain, set()))
        if any(fs.locals for fs in frames):
            lines = _with_locals(lines, frames)
        yield from lines

    def _frames_in_print_order(self, chain, seen):
        # the order in which the report shows frames: the chain's oldest exception first
        seen.add(id(self))
        if chain:
            if self.__cause__ is not None and id(self.__cause__) not in seen:
                yield from self.__cause__._frames_in_print_order(chain, seen)
            elif (self.__context__ is not None and not self.__suppress_context__
                  and id(self.__context__) not in seen):
                yield from self.__context__._frames_in_print_order(chain, seen)
        yield from self.stack
        for member in self.exceptions or ():
            yield from member._frames_in_print_order(chain, seen)

    def print(self, *, file=None, chain=True):
        """Writes the report to file (sys.stderr by default)."""
        out = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=out, end='')


def _with_locals(lines, frames):
    """The report's lines with each frame's captured locals after its source lines; left as
    they are when the frames shown do not pair up one to one (e.g. repeated lines elided)."""
    text = ''.join(lines).splitlines(keepends=True)
    starts = [i for i, line in enumerate(text) if _frame_prefix(line) is not None]
    if len(starts) != len(frames):
        return lines
    out = []
    pending = None
    for i, line in enumerate(text):
        prefix = _frame_prefix(line)
        inside = pending is not None and prefix is None and line.startswith(pending[0] + '    ')
        if pending is not None and not inside:
            out.extend(pending[1])
            pending = None
        out.append(line)
        if prefix is not None:
            fs = frames[starts.index(i)]
            extra = ['%s    %s = %s\n' % (prefix, k, v) for k, v in sorted((fs.locals or {}).items())]
            pending = (prefix, extra)
    if pending is not None:
        out.extend(pending[1])
    return out


def _frame_prefix(line):
    # "  File ..." lines, possibly behind an exception group's "| " margin
    at = line.find('  File "')
    if at < 0 or line[:at].strip(' |') or ', line ' not in line:
        return None
    return line[:at]


def _describe(value):
    try:
        return '' if value is None else str(value)
    except Exception:
        return '<exception str() failed>'

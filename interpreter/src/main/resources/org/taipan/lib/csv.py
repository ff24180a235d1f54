"""CSV file reading and writing (Taipan's own implementation of CPython 3.11's
csv module: readers, writers, dialects, DictReader/DictWriter and the
Sniffer's heuristics)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit",
           "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect", "Sniffer"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
__version__ = "1.0"


class Error(Exception):
    pass


_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Return the field size limit; with an argument, set it too."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# -- dialects ------------------------------------------------------------------

_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


class _Format:
    """A validated, immutable set of formatting parameters (the 'dialect'
    attribute of readers and writers)."""

    __slots__ = _PARAMS

    def __init__(self, base=None, **overrides):
        if isinstance(base, str):
            base = get_dialect(base)
        values = {'delimiter': ',', 'doublequote': True, 'escapechar': None,
                  'lineterminator': '\r\n', 'quotechar': '"',
                  'quoting': QUOTE_MINIMAL, 'skipinitialspace': False,
                  'strict': False}
        if base is not None:
            for name in _PARAMS:
                if hasattr(base, name):
                    values[name] = getattr(base, name)
        for name, value in overrides.items():
            if name not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % name)
            values[name] = value
        _validate(values)
        for name in _PARAMS:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                             % name)


def _one_char(values, name, allow_none):
    value = values[name]
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)


def _validate(values):
    _one_char(values, 'delimiter', False)
    _one_char(values, 'escapechar', True)
    _one_char(values, 'quotechar', True)
    if not isinstance(values['lineterminator'], str):
        raise TypeError('"lineterminator" must be a string')
    if values['quoting'] not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError('bad "quoting" value')
    if values['quotechar'] is None and values['quoting'] != QUOTE_NONE:
        raise TypeError('quotechar must be set if quoting enabled')
    values['doublequote'] = bool(values['doublequote'])
    values['skipinitialspace'] = bool(values['skipinitialspace'])
    values['strict'] = bool(values['strict'])


class Dialect:
    """Base class for dialects: subclasses set the formatting attributes."""
    _name = ""
    _valid = False
    # Every formatting attribute starts unset; concrete dialects fill them in.
    lineterminator = quoting = None
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = None

    def __init__(self):
        # Only subclasses describe a usable format; the base class is abstract.
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Format(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    quoting = QUOTE_MINIMAL
    lineterminator = '\r\n'
    delimiter, quotechar = ',', '"'
    doublequote, skipinitialspace = True, False


class excel_tab(excel):
    """Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files generated on UNIX systems: '\\n' line ends, every field quoted."""
    quoting = QUOTE_ALL
    lineterminator = '\n'
    delimiter, quotechar = ',', '"'
    doublequote, skipinitialspace = True, False


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Format(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# -- reading -------------------------------------------------------------------

# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end-of-line marker fed after each input line


class _Reader:
    """Iterator over the records of an iterable of lines."""

    def __init__(self, lines, dialect='excel', **fmtparams):
        self._lines = iter(lines)
        self.dialect = _Format(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file "
                            "should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._feed(c)
            self._feed(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _end_of_field_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _feed(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c in '\n\r':
                self._end_of_field_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not _EOL and c in '\n\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            # After an escaped line break the field goes on; ends of input
            # lines are ignored until another state is entered.
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c in '\n\r':
                self._end_of_field_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c in '\n\r':
                self._end_of_field_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c in '\n\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect='excel', **fmtparams):
    """Return an iterator over the rows of csvfile (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


# -- writing -------------------------------------------------------------------

class _Writer:
    """Writes rows as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **fmtparams):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = _Format(dialect, **fmtparams)

    def _field_text(self, field, quoted):
        d = self.dialect
        special = {d.delimiter, d.escapechar, d.quotechar} | set(d.lineterminator)
        out = []
        for c in field:
            escape = False
            if c in special:
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(d.quotechar)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quoted = True
            if escape:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex)) or field is None
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field_text(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            # A lone empty field must be quoted, or it would read back as [].
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """Return a writer that formats rows onto csvfile."""
    return _Writer(csvfile, dialect, **fmtparams)


# -- dictionaries --------------------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by the field names (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    def __iter__(self):
        return self

    def _read_header(self):
        if self._fieldnames is None:
            header = next(self.reader, None)
            if header is not None:
                self._fieldnames = header
        self.line_num = self.reader.line_num
        return self._fieldnames

    fieldnames = property(_read_header)

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if not self.line_num:
            self.fieldnames                 # reads the header row if needed
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while not row:                      # blank lines carry no record
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        surplus = len(row) - len(names)
        if surplus > 0:
            record[self.restkey] = row[len(names):]
        else:
            for missing in names[len(row):]:
                record[missing] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._values, rowdicts))


# -- Sniffer: guessing a dialect from a sample --------------------------------

# Ways a quoted field can sit in a line, tried in this order; the first that
# occurs at all decides: between delimiters, first on its line, last on its
# line, alone on its line.
_QUOTED_FIELD_SHAPES = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    """The key with the highest count, the earliest counted among equals."""
    best = None
    for key, count in counts.items():
        if best is None or count > counts[best]:
            best = key
    return best


def _sniff_quoting(sample, delimiters):
    """(quotechar, doublequote, delimiter, skipinitialspace) from the quoted
    fields of the sample; ('', False, None, False) when it has none."""
    import re
    for shape in _QUOTED_FIELD_SHAPES:
        found = [m.groupdict() for m in re.finditer(shape, sample, re.DOTALL | re.MULTILINE)]
        if found:
            break
    else:
        return '', False, None, False
    quote_counts, delim_counts = {}, {}
    spaced = 0
    for groups in found:
        quote_counts[groups['quote']] = quote_counts.get(groups['quote'], 0) + 1
        delim = groups.get('delim')
        if delim and (delimiters is None or delim in delimiters):
            delim_counts[delim] = delim_counts.get(delim, 0) + 1
        if groups.get('space'):
            spaced += 1
    quote = _most_common(quote_counts)
    if delim_counts:
        delim = _most_common(delim_counts)
        skip = delim_counts[delim] == spaced
        if delim == '\n':
            delim = ''
    else:
        delim, skip = '', False
    # a field holding a doubled quote between two delimiters (or line ends)
    d, q = re.escape(delim), re.escape(quote)
    doubled = re.compile(r'((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)'
                         % (d, q, d, q, d, q, d), re.MULTILINE)
    return quote, bool(doubled.search(sample)), delim, skip


def _sniff_delimiter(sample, delimiters, preferred):
    """(delimiter, skipinitialspace) from how regularly each ASCII character
    occurs per line, judged on growing runs of ten lines; ('', False) if no
    character is regular enough."""
    lines = [line for line in sample.split('\n') if line]
    chunk = min(10, len(lines))
    histograms = {}  # character -> {occurrences in a line: number of lines}
    candidates = {}
    seen = 0
    while seen < len(lines):
        for line in lines[seen:seen + chunk]:
            for code in range(127):
                ch = chr(code)
                per_line = histograms.setdefault(ch, {})
                n = line.count(ch)
                per_line[n] = per_line.get(n, 0) + 1
        seen += chunk
        modes = {}
        for ch, per_line in histograms.items():
            if list(per_line) == [0]:
                continue
            usual = _most_common(per_line)
            # the usual count's lines, less the lines that differ from it
            others = sum(lines_ for n, lines_ in per_line.items() if n != usual)
            modes[ch] = (usual, per_line[usual] - others)
        total = float(min(seen, len(lines)))
        strictness = 1.0
        while not candidates and strictness >= 0.9:
            for ch, (usual, weight) in modes.items():
                if usual > 0 and weight > 0 and weight / total >= strictness and (
                        delimiters is None or ch in delimiters):
                    candidates[ch] = (usual, weight)
            strictness -= 0.01
        if len(candidates) == 1:
            return _with_spacing(lines, next(iter(candidates)))
    if not candidates:
        return '', False
    if len(candidates) > 1:
        for ch in preferred:
            if ch in candidates:
                return _with_spacing(lines, ch)
    best = max((mode, ch) for ch, mode in candidates.items())[1]
    return _with_spacing(lines, best)


def _with_spacing(lines, delim):
    return delim, lines[0].count(delim) == lines[0].count(delim + ' ')


class Sniffer:
    """Guesses the dialect of CSV text and whether its first row is a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quote, doubled, delim, skip = _sniff_quoting(sample, delimiters)
        if not delim:
            delim, skip = _sniff_delimiter(sample, delimiters, self.preferred)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doubled
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip
        return dialect

    def has_header(self, sample):
        """Votes column by column: a header cell unlike the column's cells
        (not a number where they all are, another length where they all share
        one) is a vote for a header, a like one against."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = dict.fromkeys(range(len(header)))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != len(header):
                continue
            for col in list(kinds):
                kind = _cell_kind(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:
                votes += 1
            elif kind is complex:
                votes += -1 if _cell_kind(header[col]) is complex else 1
            else:
                votes += -1 if len(header[col]) == kind else 1
        return votes > 0


def _cell_kind(cell):
    """complex for a cell that reads as a number, else its length."""
    try:
        complex(cell)
    except (ValueError, OverflowError):
        return len(cell)
    return complex

"""Python part of the warnings subsystem (Taipan's own implementation)."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _default_filters():
    return [('default', None, DeprecationWarning, '__main__', 0),
            ('ignore', None, DeprecationWarning, None, 0),
            ('ignore', None, PendingDeprecationWarning, None, 0),
            ('ignore', None, ImportWarning, None, 0),
            ('ignore', None, ResourceWarning, None, 0)]


filters = _default_filters()
defaultaction = 'default'
onceregistry = {}
_filters_version = [1]


def _source_line(msg):
    """The source text to quote under a warning: the one given, else the file's own line."""
    if msg.line is not None:
        return msg.line
    try:
        import linecache
        return linecache.getline(msg.filename, msg.lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    header = f'{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n'
    quoted = _source_line(msg)
    if not quoted:
        return header
    return header + '  ' + quoted.strip() + '\n'


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return  # no stderr at all: the warning has nowhere to go
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass  # a closed or broken stream must not turn a warning into a failure


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default sys.stderr); programs may replace this hook."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: location, category, message and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


class _Prefix:
    """A literal pattern matched at the start of the text (used when there is no re module)."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern.lower() if ignore_case else pattern
        self.ignore_case = ignore_case

    def match(self, text):
        text = text.lower() if self.ignore_case else text
        return True if text.startswith(self.pattern) else None


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Prefix(pattern.rstrip('$'), ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching any message in any module (in front, unless append)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Each distinct filter is listed once: adding in front moves an existing copy there,
    # appending leaves an existing copy where it is.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def _filters_mutated():
    # Registries remember the version they were filled under and are emptied when it moves.
    _filters_version[0] += 1


def resetwarnings():
    """Remove every filter, the default ones included."""
    del filters[:]
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Report a warning from the code `stacklevel` frames up, as the filters decide."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        caller = sys._getframe(stacklevel)
    except ValueError:
        # Deeper than the stack goes: the warning is attributed to "sys".
        namespace, filename, lineno = sys.__dict__, 'sys', 1
    else:
        namespace, filename, lineno = caller.f_globals, caller.f_code.co_filename, caller.f_lineno
    module = namespace['__name__'] if '__name__' in namespace else '<string>'
    registry = namespace.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, namespace, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Report a warning attributed to the given file, line and module."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    # 'once' counts per registry; only a call without one falls back to onceregistry.
    once_book = onceregistry if registry is None else None
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _chosen_action(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if _seen_before(action, item, registry, key, registry if once_book is None else once_book):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _chosen_action(text, category, module, lineno):
    """(action, filter) of the first filter that matches the warning, else the default."""
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            return action, item
    return defaultaction, None


def _seen_before(action, item, registry, key, once_book):
    """Note the warning under `action`'s rule; True when that rule already showed it."""
    text, category, _ = key
    if action == 'always':
        return False
    if action not in ('default', 'once', 'module'):
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    registry[key] = 1
    if action == 'default':
        return False
    # 'once' and 'module' remember the text whatever the line.
    book, wide_key = (once_book, (text, category)) if action == 'once' else (registry, (text, category, 0))
    if book.get(wide_key):
        return True
    book[wide_key] = 1
    return False


class WarningMessage(object):
    """One warning's details, as handed to the showing and formatting hooks."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attribute, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attribute, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = module if module is not None else sys.modules['warnings']
        self._entered = False
        # simplefilter()'s arguments, applied on entry when an action is given.
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        details = []
        if self._record:
            details.append('record=True')
        if self._module is not sys.modules['warnings']:
            details.append('module=%r' % self._module)
        return f'{type(self).__name__}({", ".join(details)})'

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        target = self._module
        # Saved for __exit__: the filter list object itself and both showing hooks.
        self._filters = target.filters
        self._showwarning = target.showwarning
        self._showwarnmsg_impl = target._showwarnmsg_impl
        target.filters = list(self._filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        recorded = []
        target._showwarnmsg_impl = recorded.append
        # The original showwarning passes everything to _showwarnmsg_impl: all gets recorded.
        target.showwarning = target._showwarning_orig
        return recorded

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# -- the -W command-line options (sys.warnoptions) ---------------------------------------------
# Each option is action:message:category:module:lineno, every field optional. They are applied
# in order when this module is first imported (the launcher imports it at start-up when there
# are any), each in front of the filters, so a later option wins. A malformed option is
# reported on stderr and skipped.

_OPTION_ACTIONS = ('default', 'always', 'ignore', 'module', 'once', 'error')


class _Literal:
    """A -W message or module field: a literal text, as a prefix (message) or in full (module)."""

    def __init__(self, text, ignore_case, whole):
        self.text = text.lower() if ignore_case else text
        self.ignore_case = ignore_case
        self.whole = whole

    def match(self, text):
        if self.ignore_case:
            text = text.lower()
        if self.whole:
            return True if text == self.text else None
        return True if text.startswith(self.text) else None


def _option_pattern(text, ignore_case, whole):
    try:
        import re
    except ImportError:
        return _Literal(text, ignore_case, whole)
    pattern = re.escape(text) + (r'\Z' if whole else '')
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


def _option_action(name):
    if not name:
        return 'default'
    if name == 'all':
        return 'always'
    for action in _OPTION_ACTIONS:
        if action.startswith(name):
            return action
    raise _OptionError('invalid action: %r' % (name,))


def _option_category(name):
    if not name:
        return Warning
    if '.' in name:
        module_name, _, attr = name.rpartition('.')
        try:
            module = __import__(module_name, None, None, [attr])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module_name,)) from None
    else:
        import builtins as module
        attr = name
    try:
        category = getattr(module, attr)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (name,)) from None
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise _OptionError('invalid warning category: %r' % (name,))
    return category


def _apply_option(option):
    fields = option.split(':')
    if len(fields) > 5:
        raise _OptionError('too many fields (max 5): %r' % (option,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = (f.strip() for f in fields)
    action = _option_action(action)
    category = _option_category(category)
    lineno = _option_lineno(lineno)
    _add_filter(action, _option_pattern(message, True, False) if message else None, category,
                _option_pattern(module, False, True) if module else None, lineno, append=False)


def _option_lineno(text):
    if not text:
        return 0
    try:
        number = int(text)
    except (ValueError, OverflowError):
        raise _OptionError('invalid lineno %r' % (text,)) from None
    if number < 0:
        # Parsed already, so the message shows the number rather than the text.
        raise _OptionError('invalid lineno %r' % (number,))
    return number


class _OptionError(Exception):
    """A malformed -W option; reported and skipped."""


def _processoptions(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as e:
            print('Invalid -W option ignored:', e, file=sys.stderr)

_processoptions(getattr(sys, 'warnoptions', []))

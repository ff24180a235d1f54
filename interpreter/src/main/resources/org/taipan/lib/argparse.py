"""Command-line parsing: Taipan's own argparse.

Parsers hold actions (one per add_argument call); parse_known_args classifies each command-line
word as an option ('O'), a plain argument ('A') or the '--' marker ('-'), then lets positional
actions take runs of 'A' words by matching their nargs against that pattern string, and
optional actions take the words after their option.  Usage, help and error text follow the
layout CPython 3.11 prints.
"""

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'BooleanOptionalAction', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


class _AttributeHolder(object):
    """Gives Namespace and the actions their 'Name(field=value, ...)' repr."""

    def __repr__(self):
        pieces = [repr(arg) for arg in self._get_args()]
        leftovers = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                pieces.append('%s=%r' % (name, value))
            else:
                leftovers[name] = value
        if leftovers:
            pieces.append('**%s' % repr(leftovers))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The object parse_args fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """A problem with one argument: its name goes in front of the message."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= converters to give their own error message."""


# ---------------------------------------------------------------------------- actions

class Action(_AttributeHolder):
    """What to do when an argument is seen; subclasses define __call__."""

    _FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
               'choices', 'required', 'help', 'metavar')

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type,
                 choices, required, help, metavar)
        for field, value in zip(self._FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for option_string in option_strings:
            strings.append(option_string)
            if option_string.startswith('--'):
                strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += ' (default: %(default)s)'
        super().__init__(strings, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


def _copied_list(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoiceEntry(Action):
    """A line of the subcommand list in help: the subcommand's name and help."""

    def __init__(self, name, aliases, help):
        metavar = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoiceEntry(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in [name] + list(aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, remaining = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        chosen = self._name_parser_map.get(command)
        if chosen is None:
            known = ', '.join(repr(key) for key in self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (command, known))
        # The sub-parser fills a fresh namespace whose values are copied over
        # ours, so its defaults win over the parent's.
        inner, remaining = chosen.parse_known_args(remaining, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if remaining:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(remaining)


class FileType(object):
    """A type= converter opening the named file ('-' meaning stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [('encoding', self._encoding), ('errors', self._errors)]
        text = ', '.join([repr(a) for a in args if a != -1] +
                         ['%s=%r' % (k, v) for k, v in kwargs if v is not None])
        return '%s(%s)' % (type(self).__name__, text)


# ---------------------------------------------------------------------------- help text

class HelpFormatter(object):
    """Lays out usage and help text: sections of items, wrapped to the terminal width."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._width = width
        self._prog = prog
        self._indent_increment = indent_increment
        # The help column never starts closer than 20 columns to the edge.
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._level = self._current_indent = 0
        self._action_max_length = 0
        self._root_section = self._current_section = self._Section(self, None)

    class _Section(object):
        """A headed block of help items; nested sections indent one level."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter, self.parent, self.heading = formatter, parent, heading
            self.items = []

        def format_help(self):
            nested = self.parent is not None
            if nested:
                self.formatter._indent()
            body = ''.join(render(*args) for render, args in self.items)
            if nested:
                self.formatter._dedent()
            if not body:
                return ''
            title = ''
            if self.heading not in (SUPPRESS, None):
                title = '%s%s:\n' % (' ' * self.formatter._current_indent, self.heading)
            return '\n%s%s\n' % (title, body)

    def _shift(self, levels):
        self._current_indent += levels * self._indent_increment
        self._level += levels

    def _indent(self):
        self._shift(1)

    def _dedent(self):
        self._shift(-1)

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        child = self._Section(self, self._current_section, heading)
        self._add_item(child.format_help, [])
        self._current_section = child

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text not in (SUPPRESS, None):
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Remember the widest invocation so the help column can line up.
        shown = [action] + list(self._iter_indented_subactions(action))
        widest = max(len(self._format_action_invocation(a)) for a in shown)
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re.sub('\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    # usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in [prog, action_usage] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = '\n'.join(self._wrapped_usage(prog, prefix, text_width,
                                                      optionals, positionals, groups))
        return '%s%s\n\n' % (prefix, usage)

    def _wrapped_usage(self, prog, prefix, text_width, optionals, positionals, groups):
        part_pattern = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part_pattern, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(part_pattern, self._format_actions_usage(positionals, groups))

        def fill(parts, indent, prefix=None):
            # Greedy wrap; the first row may start after the 'usage: prog' prefix.
            rows, current = [], []
            used = len(indent) if prefix is None else len(prefix)
            for part in parts:
                if current and used + len(part) > text_width:
                    rows.append(indent + ' '.join(current))
                    current, used = [], len(indent)
                current.append(part)
                used += len(part) + 1
            if current:
                rows.append(indent + ' '.join(current))
            if prefix is not None:
                rows[0] = rows[0][len(indent):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return lines

    def _format_actions_usage(self, actions, groups):
        # A mutually exclusive group whose visible actions sit next to each other in
        # `actions` is written as one part: '[-a | -b]', or '(-a | -b)' when required.
        group_of = {}
        for group in groups:
            members = [a for a in group._group_actions]
            if not members or any(a not in actions for a in members):
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] != members:
                continue
            for action in members:
                group_of[action] = group
        parts = []
        done = set()
        for action in actions:
            group = group_of.get(action)
            if group is None:
                part = self._action_usage(action, False)
                if part:
                    parts.append(part)
                continue
            if id(group) in done:
                continue
            done.add(id(group))
            inner = [self._action_usage(a, True) for a in group._group_actions]
            inner = [p for p in inner if p]
            if not inner:
                continue
            text = ' | '.join(inner)
            if group.required:
                parts.append(text if len(inner) == 1 else '(%s)' % text)
            else:
                parts.append('[%s]' % text)
        return ' '.join(parts)

    def _action_usage(self, action, in_group):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (action.option_strings[0], self._format_args(action, default))
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent_first = 0
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._current_indent, '', action_width, header)
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for subaction in self._iter_indented_subactions(action):
            parts.append(self._format_action(subaction))
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(['%s %s' % (option, args_string) for option in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavar(1)
        if nargs == ZERO_OR_MORE:
            names = metavar(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % metavar(nargs)

    def _expand_help(self, action):
        # %(name)s in a help string may name any action attribute or 'prog';
        # callables show their __name__ and choices a comma-separated list.
        params = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            params[key] = value.__name__ if hasattr(value, '__name__') else value
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to help that does not mention the default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


def _terminal_columns():
    try:
        return int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        pass
    try:
        return _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except Exception:
        return 80


# ---------------------------------------------------------------------------- containers

_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument and the option lookup."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda s: s}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Actions already added pick up the new defaults too.
        for known in self._actions:
            if known.dest in kwargs:
                known.default = kwargs[known.dest]

    def get_default(self, dest):
        matching = [a.default for a in self._actions
                    if a.dest == dest and a.default is not None]
        if matching:
            return matching[0]
        return self._defaults.get(dest, None)

    def _looks_positional(self, args):
        return not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)

    def _check_type_and_metavar(self, action):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Formatting the usage once now reports a bad metavar tuple early.
        if not hasattr(self, '_get_formatter'):
            return
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')

    def add_argument(self, *args, **kwargs):
        if self._looks_positional(args):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._get_positional_kwargs(*args, **kwargs)
        else:
            spec = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default
        requested = spec.pop('action', None)
        factory = self._registry_get('action', requested, requested)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        self._check_type_and_metavar(action)
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        new_group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(new_group)
        return new_group

    def add_mutually_exclusive_group(self, **kwargs):
        new_group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(new_group)
        return new_group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        negative = False
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
            negative = negative or bool(_NEGATIVE_NUMBER.match(flag))
        # Once an option looks like a negative number, '-1' is no longer
        # taken as a positional value.
        if negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Groups are matched by title so a parent's groups merge into ours.
        by_title = dict((g.title, g) for g in self._action_groups)
        destination = {}
        for source in container._action_groups:
            if source.title not in by_title:
                by_title[source.title] = self.add_argument_group(
                    title=source.title, description=source.description,
                    conflict_handler=source.conflict_handler)
            target = by_title[source.title]
            for action in source._group_actions:
                destination[action] = target
        for source in container._mutually_exclusive_groups:
            target = self.add_mutually_exclusive_group(required=source.required)
            for action in source._group_actions:
                destination[action] = target
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may match nothing; '*' still counts as required
        # unless a default stands in for the missing values.
        if nargs == ZERO_OR_MORE:
            kwargs['required'] = 'default' not in kwargs
        elif nargs != OPTIONAL:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings \
                else option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % dest_option_string)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _check_conflict(self, action):
        conflicts = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicts.append((option_string, self._option_string_actions[option_string]))
        if not conflicts:
            return
        if self.conflict_handler == 'resolve':
            for option_string, other in conflicts:
                other.option_strings.remove(option_string)
                self._option_string_actions.pop(option_string, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        message = ngettext_conflict(len(conflicts))
        raise ArgumentError(action, message % ', '.join([s for s, _ in conflicts]))


def ngettext_conflict(count):
    if count == 1:
        return 'conflicting option string: %s'
    return 'conflicting option strings: %s'


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Actions of which at most one may be given (exactly one if required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------- the parser

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)
        if add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._registry_get('action', 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        # Flags go to the "options" group, bare names to "positional arguments".
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    # parsing

    def parse_args(self, args=None, namespace=None):
        namespace, leftovers = self.parse_known_args(args, namespace)
        if leftovers:
            self.error('unrecognized arguments: %s' % ' '.join(leftovers))
        return namespace

    def _seed_namespace(self, namespace):
        # Defaults are only filled in where the namespace has no value yet.
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS:
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for name, value in self._defaults.items():
            if not hasattr(namespace, name):
                setattr(namespace, name, value)

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        self._seed_namespace(namespace)
        if not self.exit_on_error:
            namespace, args = self._parse_known_args(args, namespace)
        else:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        # Subparsers park the strings they could not use on the namespace.
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])

        # One letter per word: 'O' an option, 'A' an argument, '-' the '--' marker.
        option_at = {}
        pattern = []
        words = iter(arg_strings)
        for i, word in enumerate(words):
            if word == '--':
                pattern.append('-')
                for word in words:
                    pattern.append('A')
                break
            found = self._parse_optional(word)
            if found is None:
                pattern.append('A')
            else:
                option_at[i] = found
                pattern.append('O')
        pattern = ''.join(pattern)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, argument_strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, argument_strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_at[start]
            taken = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is not None:
                    count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit_arg != '':
                        # '-xyz' where -x takes nothing: -x, then -y and z after it.
                        taken.append((action, [], option_string))
                        option_string = option_string[0] + explicit_arg[0]
                        explicit_arg = explicit_arg[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r'
                                                % (option_string[1:] + (explicit_arg or '')))
                    elif count == 1:
                        stop = start + 1
                        taken.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                else:
                    first = start + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    taken.append((action, arg_strings[first:stop], option_string))
                    break
            for action, args, option_string in taken:
                take_action(action, args, option_string)
            return stop

        positionals = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            counts = self._match_arguments_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                args = arg_strings[start:start + count]
                start += count
                take_action(action, args)
            positionals[:] = positionals[len(counts):]
            return start

        start = 0
        last_option = max(option_at) if option_at else -1
        while start <= last_option:
            next_option = min([i for i in option_at if i >= start])
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_at:
                extras.extend(arg_strings[start:next_option])
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                        and hasattr(namespace, action.dest)
                        and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions
                             if a.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required'
                                        % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                result.append(arg)
                continue
            try:
                with open(arg[1:]) as args_file:
                    lines = []
                    for line in args_file.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    result.extend(self._read_args_from_files(lines))
            except OSError as err:
                raise ArgumentError(None, str(err))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern):
        match = _re.match(self._nargs_pattern(action), pattern)
        if match is None:
            nargs = action.nargs
            if nargs is None:
                message = 'expected one argument'
            elif nargs == OPTIONAL:
                message = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                message = 'expected at least one argument'
            elif nargs == 1:
                message = 'expected %s argument' % nargs
            else:
                message = 'expected %s arguments' % nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            regex = ''.join([self._nargs_pattern(a) for a in actions[:i]])
            match = _re.match(regex, pattern)
            if match is not None:
                return [len(g) for g in match.groups()]
        return []

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            text = '(-*A-*)'
        elif nargs == OPTIONAL:
            text = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            text = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            text = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            text = '([-AO]*)'
        elif nargs == PARSER:
            text = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            text = '(-*-*)'
        else:
            text = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # options stop at '--' and never take the marker itself
            text = text.replace('-*', '').replace('-', '')
        return text

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit_arg = arg.split('=', 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        if self.allow_abbrev or not arg.startswith('--'):
            candidates = self._get_option_tuples(arg)
            if len(candidates) > 1:
                options = ', '.join([option for _, option, _ in candidates])
                self.error('ambiguous option: %s could match %s' % (arg, options))
            if len(candidates) == 1:
                return candidates[0]
        if _NEGATIVE_NUMBER.match(arg):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if not self.allow_abbrev:
                return result
            if '=' in option_string:
                prefix, explicit_arg = option_string.split('=', 1)
            else:
                prefix, explicit_arg = option_string, None
            for candidate in self._option_string_actions:
                if candidate.startswith(prefix):
                    result.append((self._option_string_actions[candidate], candidate,
                                   explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short_prefix = option_string[:2]
            short_explicit = option_string[2:]
            for candidate in self._option_string_actions:
                action = self._option_string_actions[candidate]
                if candidate == short_prefix:
                    result.append((action, candidate, short_explicit))
                elif self.allow_abbrev and candidate.startswith(option_string):
                    result.append((action, candidate, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            # A sub-command is checked by its name only; '...' is never checked.
            if action.nargs == PARSER:
                self._check_value(action, value[0])
            elif action.nargs != REMAINDER:
                for item in value:
                    self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, choices))

    # help and errors

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        # A closed or missing stream (e.g. pythonw) silently drops the text.
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        text = '%s: error: %s\n' % (self.prog, message)
        self.exit(2, text)

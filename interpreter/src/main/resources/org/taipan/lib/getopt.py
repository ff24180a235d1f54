"""Command-line option parsing in the style of C's getopt() (Taipan's own
implementation of CPython 3.11's getopt module)."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what, opt names the option."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first non-option argument; returns
    (list of (option, value) pairs, remaining arguments)."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _take_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _take_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and plain arguments may be intermixed (unless
    shortopts starts with '+' or POSIXLY_CORRECT is set)."""
    opts = []
    plain = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    stop_at_plain = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_plain = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_plain = True
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            plain += args[1:]
            break
        if arg[:2] == '--':
            args = _take_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _take_short(opts, arg[1:], shortopts, args[1:])
        elif stop_at_plain:
            plain += args
            break
        else:
            plain.append(arg)
            args = args[1:]
    return opts, plain


def _take_long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    value = value if eq else None
    takes_value, name = _match_long(name, longopts)
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(name, longopts):
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    # An exact name wins over longer names it is a prefix of.
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _take_short(opts, letters, shortopts, args):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_value(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _short_takes_value(opt, shortopts):
    for i, ch in enumerate(shortopts):
        if ch == opt and ch != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)

"""Splitting Python source into tokens, and putting tokens back together (Taipan's own version).

This follows the rules of CPython 3.11's pure-Python tokenizer, which differ from the C
tokenizer the compiler uses: stray characters become ERRORTOKEN instead of errors, operators are
OP tokens (their `exact_type` tells which), an f-string is one STRING token, comments and blank
lines give COMMENT and NL tokens, and the input is read line by line through `readline`.

The token patterns are regular expressions (module-level strings, as code inspecting tokenize
expects); the line loop in `_tokenize` keeps the state a line cannot show: the open
multi-line string, the bracket depth, a backslash continuation and the indentation stack.
"""

import collections
import functools
import itertools as _itertools
import re
import sys
from builtins import open as _builtin_open
try:
    from codecs import lookup, BOM_UTF8
except ImportError:
    # Without a codecs module, decoding nothing is how to ask whether an encoding exists.
    BOM_UTF8 = b'\xef\xbb\xbf'

    def lookup(encoding):
        b''.decode(encoding)
from io import TextIOWrapper
import token as _token_module
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = _token_module.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                                   "untokenize", "TokenInfo"]
del _token_module

# PEP 263: a comment naming the encoding, and a line that may come before such a comment.
_SPACE = r'[ \t\f]*'
cookie_re = re.compile('^' + _SPACE + r'#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(('^' + _SPACE + r'(?:[#\r\n]|$)').encode(), re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', ['type', 'string', 'start', 'end', 'line'])):
    """One token: its type, text, (row, column) start and end, and the physical line(s)."""

    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=kind))

    @property
    def exact_type(self):
        # An OP token's exact type names the operator; other tokens are their own type.
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# --- The token patterns -------------------------------------------------------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


def _digits(digit, repeat='*'):
    """A run of digits matching `digit`, with single underscores allowed between them."""
    if repeat == '+':
        return '(?:_?%s)+' % digit
    return '%s(?:_?%s)*' % (digit, digit)


Whitespace = r'[ \f\t]*'  # the order of a character class shows in the pattern text
Comment = '#' + r'[^\r\n]*'
Name = r'\w+'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)

Hexnumber = '0[xX]' + _digits('[0-9a-fA-F]', '+')
Binnumber = '0[bB]' + _digits('[01]', '+')
Octnumber = '0[oO]' + _digits('[0-7]', '+')
_DIGITS = _digits('[0-9]')
Decnumber = '(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = '[eE][-+]?' + _DIGITS
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + maybe(Exponent)
Expfloat = _DIGITS + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + '[jJ]', Floatnumber + '[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every spelling of a string prefix: each letter order and each upper/lower mix."""
    result = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in {base, base[::-1]}:
            spellings = ['']
            for letter in order:
                spellings = [s + c for s in spellings for c in (letter, letter.upper())]
            result.update(spellings)
    return result


@functools.lru_cache
def _compile(expr):
    """The compiled pattern, made once per pattern text."""
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())


def _string_body(quote, triple=False, newline_ok=True):
    """The inside of a string closed by `quote`: backslash escapes and other characters (no
    newline unless newline_ok; a lone quote inside a triple-quoted string)."""
    plain = '[^%s%s\\\\]*' % ('' if newline_ok else r'\n', quote)
    step = r'(?:\\.|%s(?!%s))' % (quote, quote * 2) if triple else r'\\.'
    return '%s(?:%s%s)*' % (plain, step, plain)


# The rest of a string after its opening quote(s), up to and including the closing quote(s).
Single = _string_body("'") + "'"
Double = _string_body('"') + '"'
Single3 = _string_body("'", triple=True) + "'" * 3
Double3 = _string_body('"', triple=True) + '"' * 3
Triple = group(StringPrefix + "'" * 3, StringPrefix + '"' * 3)
String = group(*[StringPrefix + q + _string_body(q, newline_ok=False) + q for q in "'\""])

# Longest operators first, so that '**=' wins over '**' and '*'.
Special = group(*[re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, reverse=True)])
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-quoted string that ends on this line, or continues after a backslash-newline.
ContStr = group(*[StringPrefix + q + _string_body(q, newline_ok=False) + group(q, r'\\\r?\n')
                  for q in "'\""])
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Opening quote(s) with prefix -> pattern for the rest of that string.
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    for _quote, _rest in (("'", Single), ('"', Double), ("'''", Single3), ('"""', Double3)):
        endpats[_prefix + _quote] = _rest
        (triple_quoted if len(_quote) == 3 else single_quoted).add(_prefix + _quote)
del _prefix, _quote, _rest

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- untokenize ---------------------------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens: from full 5-tuples, placing each token at its start
    position, or (compat mode) from (type, string) pairs, spacing them so they re-tokenize."""

    def __init__(self):
        self.encoding = None        # from an ENCODING token, if any
        self.prev_row, self.prev_col = 1, 0   # where the text so far ends
        self.tokens = []            # the pieces of text, joined at the end

    def add_whitespace(self, start):
        """Moves from the end of the text so far to `start` with spaces and continuations."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start (%d,%d) precedes previous end (%d,%d)"
                             % (row, col, self.prev_row, self.prev_col))
        rows_down = row - self.prev_row
        if rows_down:
            # Only a backslash continuation can move down without a NEWLINE/NL token.
            self.tokens.append("\\\n" * rows_down)
            self.prev_col = 0
        cols_right = col - self.prev_col
        if cols_right:
            self.tokens.append(" " * cols_right)

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            # After a line break the next token starts at the beginning of the next row.
            self.prev_row, self.prev_col = (end[0] + 1, 0) if kind in (NEWLINE, NL) else end
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Joins (type, string) pairs, starting with `token`, separating what would merge."""
        out = self.tokens
        after_string = False
        at_line_start = token[0] in (NEWLINE, NL)
        indents = []
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            # Two strings in a row need a space, or their quotes would merge.
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text from tokens; bytes in the ENCODING token's encoding if there is one."""
    rebuilt = Untokenizer()
    text = rebuilt.untokenize(iterable)
    if rebuilt.encoding is not None:
        text = text.encode(rebuilt.encoding)
    return text


# --- Encodings ----------------------------------------------------------------------------

def _get_normal_name(orig_enc):
    """The spellings of utf-8 and latin-1 the tokenizer accepts, folded to one name each."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if (enc in ("latin-1", "iso-8859-1", "iso-latin-1")
            or enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-"))):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The source encoding from a BOM or a coding cookie in the first two lines, and the lines
    read to find it (as bytes), following PEP 263; utf-8 when there is neither."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    has_bom = False
    default = 'utf-8'

    def read_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def problem(what, detail=None):
        # The messages name the file when readline belongs to one.
        where = '' if filename is None else ' for %r' % (filename,)
        return SyntaxError(what + where + ('' if detail is None else ': ' + detail))

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            raise problem("invalid or missing encoding declaration")
        found = cookie_re.match(text)
        if found is None:
            return None
        encoding = _get_normal_name(found.group(1))
        try:
            lookup(encoding)
        except LookupError:
            raise problem("unknown encoding", encoding)
        if not has_bom:
            return encoding
        # A BOM says utf-8; a cookie may only agree.
        if encoding != 'utf-8':
            raise problem('encoding problem', 'utf-8')
        return encoding + '-sig'

    first = read_line()
    if first.startswith(BOM_UTF8):
        has_bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    # The cookie may sit on the second line only if the first is blank or a comment.
    if not blank_re.match(first):
        return default, [first]
    second = read_line()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Opens a source file for reading as text, in the encoding detect_encoding finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding = detect_encoding(raw.readline)[0]
        raw.seek(0)
        stream = TextIOWrapper(raw, encoding, line_buffering=True)
    except BaseException:
        raw.close()
        raise
    stream.mode = 'r'
    return stream


# --- Tokenizing ---------------------------------------------------------------------------

def tokenize(readline):
    """Tokens of the source that `readline` returns as bytes, beginning with an ENCODING
    token."""
    encoding, consumed = detect_encoding(readline)
    lines = _itertools.chain(consumed, iter(readline, b""))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokens of the source that `readline` returns as str (no ENCODING token)."""
    return _tokenize(readline, None)


def _next_line(readline):
    """The next line, or an empty one at the end (readline may also raise StopIteration)."""
    try:
        return readline()
    except StopIteration:
        return b''


def _tokenize(readline, encoding):
    lnum = 0
    depth = 0                  # open brackets
    continued = False          # the previous line ended with a backslash
    indents = [0]
    # A string still open at the end of a line: its text so far, where it began, its lines,
    # the pattern of its end, and whether it is single-quoted (then each line must end with
    # a backslash).
    pending = ''
    pending_start = None
    pending_lines = None
    end_pattern = None
    needs_backslash = False

    if encoding is not None:
        if encoding == "utf-8-sig":
            # The BOM is gone already; the rest is plain utf-8.
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')

    pseudo_token = _compile(PseudoToken)
    line = b''
    while True:
        last_line, line = line, _next_line(readline)
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, length = 0, len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            closed = end_pattern.match(line)
            if closed:
                pos = closed.end(0)
                yield TokenInfo(STRING, pending + line[:pos], pending_start, (lnum, pos),
                                pending_lines + line)
                pending, needs_backslash = '', False
                pending_lines = None
            elif (needs_backslash and not line.endswith('\\\n')
                  and not line.endswith('\\\r\n')):
                # A single-quoted string that neither ends nor continues on this line.
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start, (lnum, len(line)),
                                pending_lines)
                pending = ''
                pending_lines = None
                continue
            else:
                pending += line
                pending_lines += line
                continue

        elif depth == 0 and not continued:
            # A new logical line: measure its indentation.
            if not line:
                break
            column = 0
            while pos < length:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == length:
                break

            if line[pos] in '#\r\n':
                # A comment-only or blank line: no INDENT/DEDENT, no NEWLINE.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos), (lnum, pos + len(comment)),
                                    line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
                indents.append(column)
            elif column < indents[-1]:
                # Dedenting must land on an indentation level of an enclosing block.
                if column not in indents:
                    raise IndentationError("unindent does not match any outer indentation level",
                                           ("<tokenize>", lnum, pos, line))
                while column < indents[-1]:
                    indents.pop()
                    yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets or after a backslash: the statement goes on.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = False

        while pos < length:
            found = pseudo_token.match(line, pos)
            if not found:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = found.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text, first = line[start:end], line[start]

            if first in '0123456789' or (first == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                end_pattern = _compile(endpats[text])
                closed = end_pattern.match(line, pos)
                if closed:
                    pos = closed.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending = line[start:]
                    pending_lines = line
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    # Continued by a backslash-newline: find the rest on the next lines.
                    pending_start = (lnum, start)
                    end_pattern = _compile(endpats.get(first) or endpats.get(text[1])
                                           or endpats.get(text[2]))
                    pending, needs_backslash = line[start:], True
                    pending_lines = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # A last line without a newline still ends its statement.
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1),
                        '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def main(args=None):
    """`python -m tokenize [-e] [file.py]`: lists the tokens of a file (or stdin), one a line
    with its position, type name (exact operator type with -e) and text."""
    if args is None:
        args = sys.argv[1:]
    exact = False
    while args and args[0] in ('-e', '--exact'):
        exact, args = True, args[1:]
    name = args[0] if args else None

    def fail(message, where=None):
        prefix = '' if name is None else name + ':'
        if where is not None:
            prefix += '%d:%d:' % tuple(where)
        sys.stderr.write('%s%serror: %s\n' % (prefix, ' ' if prefix else '', message))
        sys.exit(1)

    try:
        if name is None:
            name = '<stdin>'
            tokens = _tokenize(sys.stdin.readline, None)
        else:
            with _builtin_open(name, 'rb') as source:
                tokens = list(tokenize(source.readline))
        for tok in tokens:
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            kind = tok.exact_type if exact else tok.type
            print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        fail(err.args[0], err.args[1][1:3])
    except TokenError as err:
        fail(err.args[0], err.args[1])
    except SyntaxError as err:
        fail(err)
    except OSError as err:
        name = None
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")


if __name__ == "__main__":
    main()

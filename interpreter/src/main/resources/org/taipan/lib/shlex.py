"""A lexical analyser for shell-like syntax (Taipan's own implementation of
CPython 3.11's shlex). The 'source' file-inclusion hook is not provided."""

import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_WORDS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORDS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')

# States of the tokenizer besides a quote or escape character.
_BETWEEN = ' '   # skipping whitespace between tokens
_WORD = 'a'      # inside a word
_PUNCT = 'c'     # inside a run of punctuation characters

_PUNCTUATION_DEFAULT = '();<>|&'


class shlex:
    """Splits a stream into tokens the way a simple shell would."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream = StringIO(instream) if isinstance(instream, str) else instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''   # what get_token returns at the end
        # Character classes, public so that callers can adjust them.
        self.commenters = '#'
        self.wordchars = _WORDS + _LATIN1_WORDS if posix else _WORDS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        # Tokenizer state.
        self.state = _BETWEEN
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        punctuation = _PUNCTUATION_DEFAULT if punctuation_chars is True \
            else (punctuation_chars or '')
        self._punctuation_chars = punctuation
        if punctuation:
            # Characters that may appear in file names join the word characters,
            # unless the caller made them punctuation.
            self._pushback_chars = deque()
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?='
                                     if c not in punctuation)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.popleft()
        return self.read_token()

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        escaped_from = _BETWEEN
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == _BETWEEN:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = _BETWEEN
                        break
                    self.state = _WORD
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    escaped_from = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash only escapes the quote
                # and itself; otherwise it stays.
                if escaped_from in self.quotes and ch != state and ch != escaped_from:
                    self.token += state
                self.token += ch
                self.state = escaped_from
            elif state in (_WORD, _PUNCT):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
                    continue
                if ch in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = _BETWEEN
                        if self.token or (self.posix and quoted):
                            break
                        continue
                elif state == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = _BETWEEN
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes or
                      (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = _BETWEEN
                    if self.token or (self.posix and quoted):
                        break
                    continue
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix of an error message."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration


def split(s, comments=False, posix=True):
    """Split the string s like a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Quote each argument and join them with spaces."""
    return ' '.join(quote(arg) for arg in split_command)


_NEEDS_QUOTING = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if _NEEDS_QUOTING(s) is None:
        return s
    # Single quotes protect everything; a single quote itself is closed,
    # emitted inside double quotes, and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"

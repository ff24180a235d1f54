"""Wrapping and filling paragraphs, and adjusting indentation (Taipan's own implementation)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_ASCII_LOWER = 'abcdefghijklmnopqrstuvwxyz'


def _expandtabs(text, tabsize):
    # str.expandtabs, spelled out: a tab moves to the next multiple of tabsize.
    pieces = []
    column = 0
    for c in text:
        if c == '\t':
            if tabsize > 0:
                pad = tabsize - column % tabsize
                pieces.append(' ' * pad)
                column += pad
            continue
        pieces.append(c)
        column = 0 if c in '\n\r' else column + 1
    return ''.join(pieces)


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    # What may stand right before a dash: word characters and punctuation.
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_length(word, i):
    # The length of a run of two or more hyphens at i that a word character
    # follows, else 0.
    j = i
    while j < len(word) and word[j] == '-':
        j += 1
    if j - i >= 2 and j < len(word) and _is_word_char(word[j]):
        return j - i
    return 0


def _hyphen_breaks(word, i):
    # Whether the hyphen at i may end a line: it must follow two letters (or
    # letter-hyphen-letter) and be followed by two letters (or
    # letter-hyphen-letter).
    def letter(k):
        return 0 <= k < len(word) and _is_letter(word[k])

    def hyphen(k):
        return 0 <= k < len(word) and word[k] == '-'
    before = (letter(i - 2) and letter(i - 1)) or (
        letter(i - 3) and hyphen(i - 2) and letter(i - 1))
    after = letter(i + 1) and (letter(i + 2) or (hyphen(i + 2) and letter(i + 3)))
    return before and after


def _is_space(chunk):
    return not chunk.strip()


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then at most one closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and chunk[-2] in _ASCII_LOWER


class TextWrapper:
    """Breaks paragraphs into lines of at most `width` characters.

    The text is cut into chunks (words, runs of whitespace, and pieces of
    hyphenated words), which are then laid into lines.  The public
    attributes are the options of wrap(); the underscore methods are the
    steps, which subclasses may override.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings, self.break_long_words = fix_sentence_endings, break_long_words
        self.drop_whitespace, self.break_on_hyphens = drop_whitespace, break_on_hyphens
        self.tabsize = tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    # -- cutting text into chunks -----------------------------------------

    def _munge_whitespace(self, text):
        """Expands tabs and turns every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = _expandtabs(text, self.tabsize)
        if self.replace_whitespace:
            text = text.translate({ord(c): ' ' for c in _whitespace})
        return text

    def _split(self, text):
        """Cuts text into alternating runs of whitespace and words (or word pieces)."""
        chunks = []
        start = 0
        while start < len(text):
            in_space = text[start] in _whitespace
            end = start + 1
            while end < len(text) and (text[end] in _whitespace) == in_space:
                end += 1
            if in_space:
                chunks.append(text[start:end])
            else:
                chunks.extend(self._split_word(text[start:end]))
            start = end
        return chunks

    def _split_word(self, word):
        # Pieces of one whitespace-free run.  With break_on_hyphens a
        # hyphenated word ends a piece after a hyphen that joins two real
        # words, and a dash of two or more hyphens is a piece of its own.
        if not self.break_on_hyphens:
            return [word]
        pieces = []
        start = 0
        while start < len(word):
            dash = _dash_length(word, start)
            if dash and start > 0 and _is_word_punct(word[start - 1]):
                pieces.append(word[start:start + dash])
                start += dash
                continue
            end = start + 1
            while end < len(word):
                if word[end] == '-' and _hyphen_breaks(word, end):
                    end += 1        # the hyphen stays with the first part
                    break
                if _is_word_punct(word[end - 1]) and _dash_length(word, end):
                    break
                end += 1
            pieces.append(word[start:end])
            start = end
        return pieces

    def _fix_sentence_endings(self, chunks):
        """Widens the single space after a sentence's end to two (in place)."""
        i = 0
        while i + 1 < len(chunks):
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- laying chunks into lines -----------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with a chunk longer than a whole line (the last of reversed_chunks).

        With break_long_words it is split at the space left (or, when
        breaking on hyphens, just after the last hyphen that fits); otherwise
        it goes whole onto a line of its own.
        """
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        chunk = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(chunk) > room:
            hyphen = chunk.rfind('-', 0, room)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(chunk[:cut])
        reversed_chunks[-1] = chunk[cut:]

    def _check_options(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first_truncated = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first_truncated) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Lays chunks into lines (list of str), honouring indents and max_lines."""
        self._check_options()
        lines = []
        pending = chunks[::-1]      # a stack: the next chunk is at the end
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and _is_space(pending[-1]):
                pending.pop()       # no line starts with whitespace, except the first
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if line and self.drop_whitespace and _is_space(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._may_add_line(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._truncate(lines, line, used, room, prefix)
            break
        return lines

    def _may_add_line(self, lines, pending, used, room):
        # Whether this line fits under max_lines as it is.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        only_space_left = not pending or (
            self.drop_whitespace and len(pending) == 1 and _is_space(pending[0]))
        return only_space_left and used <= room

    def _truncate(self, lines, line, used, room, prefix):
        # The last line allowed: end it with the placeholder where that fits.
        while line:
            if not _is_space(line[-1]) and used + len(self.placeholder) <= room:
                lines.append(prefix + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(prefix + self.placeholder.lstrip())

    # -- public interface -------------------------------------------------

    def wrap(self, text):
        """The lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into a list of lines (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph into a string of newline-separated lines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then cuts text to fit one line of `width`, ending with placeholder."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _indentation(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Removes the leading spaces and tabs that all non-blank lines have in common.

    Lines of only spaces and tabs become empty.  "  " and "\\t" have nothing
    in common: indentation is compared character by character.
    """
    lines = text.split('\n')
    margin = None
    for line in lines:
        if not line.strip(' \t'):
            continue
        own = _indentation(line)
        if margin is None:
            margin = own
        else:
            shared = 0
            while shared < min(len(margin), len(own)) and margin[shared] == own[shared]:
                shared += 1
            margin = margin[:shared]
    cut = len(margin or '')
    return '\n'.join('' if not line.strip(' \t') else line[cut:] for line in lines)


def indent(text, prefix, predicate=None):
    """Puts prefix before each line for which predicate(line) is true.

    By default, before every line that is not just whitespace.
    """
    chosen = predicate if predicate is not None else str.strip
    return ''.join((prefix + line) if chosen(line) else line
                   for line in text.splitlines(True))

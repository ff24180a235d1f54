#!/usr/bin/env python3
"""Records what CPython 3.11's C tokenizer reports for the snippets in
interpreter/src/test/resources/tokens/*.cases, writing a .golden file next to each one for
TokenizerGoldenTest.

A .cases file holds one snippet per line, written as a Python string literal (blank lines and
lines starting with '#' are skipped). For each snippet the golden file lists:
  === <source>
  <TYPE> <lineno> <col> <end_lineno> <end_col> <text>      one line per token, from _tokenize
  ERROR <type> <lineno> <offset> <end_lineno> <end_offset> <msg> <text>
                                                            if compile() raises a tokenizer error
Fields are tab-separated; strings are escaped (\\\\ \\n \\r \\t \\uXXXX), None is written as \\0.
Tokens come from _tokenize.TokenizerIter (the C tokenizer); INDENT/DEDENT show CPython's column
-1, ENDMARKER is not listed (TokenizerIter stops before it). Keywords get their own kind and
non-ASCII names are NFKC-normalised, as the Java Tokenizer does.
"""
import glob
import keyword
import os
import sys
import tempfile
import token
import unicodedata
import _tokenize

# Errors that CPython's parser raises from a tokenizer error state rather than the tokenizer
# itself (TokenizerIter just stops on them).
PARSER_SIDE_TOKENIZER_ERRORS = (
    "unindent does not match any outer indentation level",
    "inconsistent use of tabs and spaces in indentation",
    "too many levels of indentation",
    "unexpected character after line continuation character",
    "unexpected EOF while parsing",
    "was never closed",
)


def esc(s):
    if s is None:
        return "\\0"
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            for unit in ch.encode("utf-16-be").hex(" ", 2).split():
                out.append("\\u" + unit.upper())
    return "".join(out)


def kind(text, type_):
    name = token.tok_name[type_]
    if name == "NAME" and text in keyword.kwlist:
        return text.upper()
    if name == "OP" or text == "<>":
        return "ERRORTOKEN"
    return name


def record(src):
    lines = ["=== " + esc(src)]
    ti_error = None
    try:
        for text, type_, lineno, end_lineno, col, end_col, _line in _tokenize.TokenizerIter(src):
            k = kind(text, type_)  # keywords are recognised before normalisation
            if token.tok_name[type_] == "NAME" and not text.isascii():
                text = unicodedata.normalize("NFKC", text)
            lines.append("\t".join([k, str(lineno), str(col), str(end_lineno),
                                    str(end_col), esc(text)]))
    except SyntaxError as e:
        ti_error = e
    try:
        compile(src, "f.py", "exec")
        error = None
    except SyntaxError as e:
        error = e
    if ti_error is not None and (error is None or error.msg != ti_error.msg
                                 or error.lineno != ti_error.lineno):
        print(f"warning: parser error before tokenizer error in {src!r}: {error!r}", file=sys.stderr)
    if error is not None and (ti_error is not None
                              or any(m in error.msg for m in PARSER_SIDE_TOKENIZER_ERRORS)):
        lines.append("\t".join(["ERROR", type(error).__name__, str(error.lineno), str(error.offset),
                                str(error.end_lineno), str(error.end_offset), esc(error.msg),
                                esc(error.text)]))
    elif error is not None:
        print(f"note: parser (not tokenizer) error in {src!r}: {error.msg}", file=sys.stderr)
    return lines


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # compile() would read error lines from a file named f.py in the working directory.
    os.chdir(tempfile.mkdtemp())
    for path in sorted(glob.glob(os.path.join(root, "interpreter/src/test/resources/tokens/*.cases"))):
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                out.extend(record(eval(line)))
        with open(path[:-len(".cases")] + ".golden", "w", encoding="ascii") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

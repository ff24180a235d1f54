# tokenize: detect_encoding with BOMs, coding cookies on line one or two, and errors.
import io
import tokenize

cases = [
    b"x = 1\n",
    b"",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbfx = 1\n",
    b"# -*- coding: latin-1 -*-\nx = 1\n",
    b"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n",
    b"\n# coding=utf-8\n",
    b"x = 1\n# coding: latin-1\n",
    b"# coding: UTF_8\n",
    b"# coding: Latin_1-foo\n",
    b"# coding: iso-latin-1\n",
    b"#coding:ascii\n",
    b"\xef\xbb\xbf# coding: utf-8\n",
    b"  \t# coding: utf-8-sig\n",
    b"# no cookie\n# still none\n# coding: latin-1\n",
]
for data in cases:
    print(tokenize.detect_encoding(io.BytesIO(data).readline))
for data in [b"# coding: no-such-codec\n", b"\xef\xbb\xbf# coding: latin-1\n",
             b"\xff\xfe\n", b"\n\xff\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print(type(e).__name__, e)
lines = iter([b"# coding: latin-1\n", b"x = '\xe9'\n"])


def readline():
    return next(lines)


print(tokenize.detect_encoding(readline))
print([t.string for t in tokenize.tokenize(iter([b"# coding: latin-1\n", b"x = '\xe9'\n"]).__next__)])

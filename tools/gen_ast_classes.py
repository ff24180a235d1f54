#!/usr/bin/env python3
"""Writes CPython 3.11's AST node classes (names, bases, _fields, _attributes, and which
fields and attributes default to None at class level, i.e. ASDL's optional '?') into Taipan's
lib/ast.py between '# --- generated node table' and '# --- end of generated node table'.
These are facts of the AST's interface, read from the running python3's `ast` module."""
import ast
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'main',
                    'resources', 'org', 'taipan', 'lib', 'ast.py')
DEPRECATED = {'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis', 'Index', 'ExtSlice',
              'Suite', 'Param', 'AugLoad', 'AugStore', 'slice'}


def main():
    assert sys.version_info[:2] == (3, 11), 'needs CPython 3.11'
    ordered = []

    def visit(cls):
        if cls.__name__ in DEPRECATED or cls in ordered:
            return
        ordered.append(cls)
        for sub in cls.__subclasses__():
            if sub.__module__ == 'ast':
                visit(sub)

    for sub in ast.AST.__subclasses__():
        if sub.__module__ == 'ast':
            visit(sub)
    ordered.sort(key=lambda c: len(c.__mro__))
    lines = ['# --- generated node table (tools/gen_ast_classes.py)', '_NODES = [']
    for cls in ordered:
        base = cls.__bases__[0].__name__
        nones = tuple(n for n in cls._fields + cls._attributes
                      if n in vars(cls) and getattr(cls, n) is None)
        lines.append('    (%r, %r, %r, %r, %r),' % (cls.__name__, base, cls._fields,
                                                   cls._attributes, nones))
    lines.append(']')
    lines.append('# --- end of generated node table')
    with open(PATH, encoding='utf-8') as f:
        text = f.read()
    start = text.index('# --- generated node table')
    end = text.index('# --- end of generated node table') + len('# --- end of generated node table')
    with open(PATH, 'w', encoding='utf-8') as f:
        f.write(text[:start] + '\n'.join(lines) + text[end:])


if __name__ == '__main__':
    main()

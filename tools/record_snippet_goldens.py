#!/usr/bin/env python3
"""Records what CPython's ast.parse makes of the code snippets inside the stdlib's test suite.

CPython's tests hold thousands of small programs as string literals: doctest examples (e.g.
test_syntax.py's hundreds of syntax errors) and first arguments of compile()/exec()/eval()/
ast.parse() calls. They exercise corners the stdlib's own code never reaches, mostly error
messages. We must not copy their text, so this file records only where each snippet is and
what CPython makes of it; CPythonTestSnippetsTest finds the snippet in the local stdlib with
our own parser (the string constant at the recorded position) and compares.

One line per snippet, tab-separated:

    file  locator  mode  source-sha  OK   dump-sha
    file  locator  mode  source-sha  ERR  Type  lineno  offset  end_lineno  end_offset  msg

locator is L<lineno>C<col_offset> of the string constant, followed for a doctest example by
:<first line within the string>+<line count>/<indent>: the example's source is those lines of
the string, each without its first indent+4 characters (the prompt), joined by newlines, plus
a final newline. Doctest examples are parsed in 'single' mode, as doctest compiles them. Shas
are the first 16 hex digits of SHA-256 of UTF-8 (surrogatepass); None positions are 0.

Usage: tools/record_snippet_goldens.py [STDLIB_DIR] [OUT_FILE]
"""
import ast
import doctest
import hashlib
import os
import sys
import sysconfig
import warnings

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src',
                           'test', 'resources', 'golden', 'test-snippets.tsv')
CALLS = {'compile': 'exec', 'exec': 'exec', 'eval': 'eval'}


def sha(text):
    return hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]


def call_snippet(node):
    """(constant, mode) when node is compile/exec/eval/ast.parse of a str literal, else None."""
    func = node.func
    if isinstance(func, ast.Name) and func.id in CALLS:
        name = func.id
    elif (isinstance(func, ast.Attribute) and func.attr == 'parse' and isinstance(func.value, ast.Name)
          and func.value.id == 'ast'):
        name = 'ast.parse'
    else:
        return None
    if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
        return None
    mode = CALLS.get(name, 'exec')
    mode_arg = None
    if name == 'compile' and len(node.args) >= 3:
        mode_arg = node.args[2]
    if name == 'ast.parse' and len(node.args) >= 3:
        mode_arg = node.args[2]
    for kw in node.keywords:
        if kw.arg == 'mode':
            mode_arg = kw.value
        elif kw.arg not in ('filename',):
            return None  # flags, feature_version, type_comments...: not plain parsing
    if name == 'compile' and len(node.args) > 3 or name == 'ast.parse' and len(node.args) > 3:
        return None
    if mode_arg is not None:
        if not isinstance(mode_arg, ast.Constant) or mode_arg.value not in ('exec', 'eval', 'single'):
            return None
        mode = mode_arg.value
    return node.args[0], mode


def doctest_examples(constant):
    """(locator suffix, source) of each doctest example in a str constant we can rebuild."""
    text = constant.value
    if '>>>' not in text:
        return
    try:
        examples = doctest.DocTestParser().get_examples(text)
    except ValueError:
        return
    lines = text.split('\n')
    for ex in examples:
        count = ex.source.count('\n')
        rebuilt = '\n'.join(line[ex.indent + 4:] for line in lines[ex.lineno:ex.lineno + count]) + '\n'
        if rebuilt == ex.source:  # tabs (doctest expands them) or odd prompts: skip
            yield ':%d+%d/%d' % (ex.lineno, count, ex.indent), ex.source


def outcome(source, mode):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            tree = ast.parse(source, filename='<snippet>', mode=mode)
        return ['OK', sha(ast.dump(tree, include_attributes=True))]
    except SyntaxError as e:
        return ['ERR', type(e).__name__, str(e.lineno or 0), str(e.offset or 0), str(e.end_lineno or 0),
                str(e.end_offset or 0), ' '.join(str(e.msg).split())]
    except (ValueError, MemoryError, RecursionError) as e:
        return ['ERR', type(e).__name__, '0', '0', '0', '0', ' '.join(str(e).split())]


def snippets(root, relpath):
    with open(os.path.join(root, relpath), 'rb') as f:
        tree = ast.parse(f.read())
    # Parts of f-strings are str constants sharing the f-string's position: not snippets.
    fstring_parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    seen = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found = call_snippet(node)
            if found:
                constant, mode = found
                key = 'L%dC%d' % (constant.lineno, constant.col_offset)
                if key not in seen:
                    seen.add(key)
                    yield key, mode, constant.value
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in fstring_parts:
            for suffix, source in doctest_examples(node):
                yield 'L%dC%d%s' % (node.lineno, node.col_offset, suffix), 'single', source


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()['stdlib']
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    sys.setrecursionlimit(10000)
    rows = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, 'test')):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith('.py'):
                continue
            relpath = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
            try:
                found = list(snippets(root, relpath))
            except (SyntaxError, ValueError):
                continue
            for locator, mode, source in found:
                rows.append([relpath, locator, mode, sha(source)] + outcome(source, mode))
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Recorded by tools/record_snippet_goldens.py; do not edit by hand.\n')
        f.write('# python\t%s\n' % sys.version.split()[0])
        for row in rows:
            f.write('\t'.join(row) + '\n')
    errors = sum(1 for r in rows if r[4] == 'ERR')
    print('%d snippets (%d rejected) -> %s' % (len(rows), errors, os.path.normpath(out)))


if __name__ == '__main__':
    main()

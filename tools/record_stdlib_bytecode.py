#!/usr/bin/env python3
"""Records, for every stdlib file the parser golden accepts, what CPython 3.11's compile() makes
of it: the SHA-1 of the normalised code dump of tools/record_bytecode.py (same format), without
and with -OO (optimize=2), or the compile-time SyntaxError (type, line, message). Output: interpreter/src/test/resources/compile/
stdlib-bytecode.tsv, used by StdlibCompileTest.

Usage: tools/record_stdlib_bytecode.py  (python3 = CPython 3.11)
"""
import hashlib
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import record_bytecode  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'test',
                    'resources')


def dump_sha(code):
    lines = []
    record_bytecode.describe(code, lines)
    text = '\n'.join(lines)
    return hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]


def record(out, rel, full):
    with open(full, 'rb') as f:
        data = f.read()
    sha = hashlib.sha1(data).hexdigest()[:16]
    try:
        code = compile(data, rel, 'exec', dont_inherit=True)
    except SyntaxError as e:
        out.append('\t'.join([rel, sha, 'ERR', type(e).__name__, str(e.lineno), str(e.offset),
                              e.msg.replace('\t', ' ')]))
        return
    code2 = compile(data, rel, 'exec', dont_inherit=True, optimize=2)
    out.append('\t'.join([rel, sha, 'OK', dump_sha(code), dump_sha(code2)]))


def main():
    stdlib = os.path.dirname(os.__file__)
    paths = []
    with open(os.path.join(ROOT, 'golden', 'stdlib-ast.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if cols[3] == 'OK':
                paths.append(cols[0])
    out = ['# Recorded by tools/record_stdlib_bytecode.py; do not edit by hand.',
           '# python\t%s' % sys.version.split()[0], '# stdlib\t%s' % stdlib]
    warnings.simplefilter('ignore')
    for rel in paths:
        record(out, rel, os.path.join(stdlib, rel))
    # The core-language test programs too, as "programs:<path>" relative to resources/programs.
    progs = os.path.join(ROOT, 'programs')
    for d, _, files in sorted(os.walk(progs)):
        for fn in sorted(files):
            if fn.endswith('.py'):
                rel = os.path.relpath(os.path.join(d, fn), progs)
                record(out, 'programs:' + rel, os.path.join(d, fn))
    with open(os.path.join(ROOT, 'compile', 'stdlib-bytecode.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('recorded', len(paths), 'files')


if __name__ == '__main__':
    main()

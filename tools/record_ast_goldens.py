#!/usr/bin/env python3
"""Records what CPython's ast.parse makes of every .py file of the local stdlib.

The Java StdlibAstDifferentialTest compares our parser against this golden file. One line
per file, tab-separated:

    relpath  size  file-sha  OK   dump-sha  dump-length
    relpath  size  file-sha  ERR  ExceptionType  lineno  offset  run-type  run-lineno  message

file-sha / dump-sha are the first 16 hex digits of SHA-256 (of the raw bytes, and of
ast.dump(tree, include_attributes=True) encoded UTF-8 with surrogatepass). The test uses
size + file-sha to notice a local stdlib that differs from the recorded one.

For a rejected file, ExceptionType/lineno/offset are ast.parse's (same as compile() of the
bytes); run-type/run-lineno are what `python3 FILE` reports, which differs for decoding errors
(e.g. "Non-UTF-8 code ..." without a line number). A lineno of None is recorded as 0.

Usage: tools/record_ast_goldens.py [STDLIB_DIR] [OUT_FILE]
"""
import ast
import hashlib
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import time

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src',
                           'test', 'resources', 'golden', 'stdlib-ast.tsv')


# Installed as sitecustomize when running a rejected file: records the SyntaxError python3
# reports, and exits before any code of the file could run (it never compiles, but be safe).
RUN_HOOK = r'''
import json, os, sys
_target = os.environ['TAIPAN_RECORD_TARGET']
def _record(kind, value, tb):
    with open(os.environ['TAIPAN_RECORD_ATTRS'], 'w') as f:
        json.dump([kind.__name__, getattr(value, 'lineno', None)], f)
def _guard(frame, event, arg):
    if frame.f_code.co_filename == _target:
        os._exit(3)
sys.excepthook = _record
sys.settrace(_guard)
'''


def run_error(path):
    """(type, lineno) of the error `python3 path` reports."""
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w') as f:
            f.write(RUN_HOOK)
        out = os.path.join(hook_dir, 'attrs.json')
        env = dict(os.environ, PYTHONPATH=hook_dir, TAIPAN_RECORD_ATTRS=out,
                   TAIPAN_RECORD_TARGET=path)
        subprocess.run([sys.executable, path], env=env, capture_output=True, cwd=hook_dir)
        if not os.path.exists(out):
            sys.exit('%s: ast.parse rejects it but python3 ran it' % path)
        with open(out) as f:
            kind, lineno = json.load(f)
    return kind, lineno or 0


PARSE_SECONDS = [0.0]  # total time of ast.parse over the accepted files, for comparison


def short_sha(data):
    return hashlib.sha256(data).hexdigest()[:16]


def stdlib_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        if rel_dir == 'site-packages' or rel_dir.startswith('site-packages' + os.sep):
            dirnames[:] = []
            continue
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith('.py'):
                yield os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')


def one_line(text):
    return ' '.join(str(text).split())


def record(root, relpath):
    with open(os.path.join(root, relpath), 'rb') as f:
        data = f.read()
    head = [relpath, str(len(data)), short_sha(data)]
    try:
        start = time.perf_counter()
        tree = ast.parse(data, filename=relpath)
        PARSE_SECONDS[0] += time.perf_counter() - start
        dump = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:  # includes IndentationError and TabError
        run_type, run_lineno = run_error(os.path.join(root, relpath))
        return head + ['ERR', type(e).__name__, str(e.lineno or 0), str(e.offset or 0),
                       run_type, str(run_lineno), one_line(e.msg)]
    except (ValueError, MemoryError, RecursionError) as e:
        run_type, run_lineno = run_error(os.path.join(root, relpath))
        return head + ['ERR', type(e).__name__, '0', '0', run_type, str(run_lineno), one_line(e)]
    encoded = dump.encode('utf-8', errors='surrogatepass')
    return head + ['OK', short_sha(encoded), str(len(dump))]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()['stdlib']
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    sys.setrecursionlimit(10000)
    lines = [record(root, rel) for rel in stdlib_files(root)]
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Recorded by tools/record_ast_goldens.py; do not edit by hand.\n')
        f.write('# python\t%s\n' % sys.version.split()[0])
        f.write('# stdlib\t%s\n' % root)
        f.write('# cpython_parse_seconds\t%.1f\n' % PARSE_SECONDS[0])
        for fields in lines:
            f.write('\t'.join(fields) + '\n')
    errors = sum(1 for fields in lines if fields[3] == 'ERR')
    print('%d files (%d rejected) -> %s' % (len(lines), errors, os.path.normpath(out)))


if __name__ == '__main__':
    main()

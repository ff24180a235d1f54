#!/usr/bin/env python3
"""Records CPython 3.11's answers for the embedding API tests (org.taipan.embed), by calling
CPython's own C API through ctypes.pythonapi in a child python3:

  embed/argv.json         PySys_SetArgvEx(argc, argv, 1) for each argv: the resulting sys.argv
                          and the entry inserted at sys.path[0], run in a scratch directory that
                          holds sub/s.py and link.py -> sub/s.py (the directory reads "{root}")
  embed/run_errors.json   PyRun_SimpleString(source) for each source: what it writes to stderr
                          (the traceback of the uncaught exception) and its return value

Usage: tools/record_embed_goldens.py
"""
import json
import os
import subprocess
import sys
import tempfile

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                    'interpreter', 'src', 'test', 'resources', 'embed'))

ARGVS = [[], [''], ['-c'], ['-m'], ['x.py'], ['a/b.py'], ['sub/s.py', 'q'], ['link.py'], ['/'],
         ['/nope.py'], ['sub/'], ['sub'], ['./sub/s.py'], ['sub/../sub/s.py', '-v']]

ARGV_CHILD = r'''
import ctypes, json, sys
f = ctypes.pythonapi.PySys_SetArgvEx
f.argtypes = [ctypes.c_int, ctypes.POINTER(ctypes.c_wchar_p), ctypes.c_int]
out = []
for args in json.loads(sys.stdin.read()):
    arr = (ctypes.c_wchar_p * max(1, len(args)))(*args)
    n = len(sys.path)
    f(len(args), arr, 1)
    assert len(sys.path) == n + 1
    out.append({'argv': args, 'sys.argv': list(sys.argv), 'path0': sys.path.pop(0)})
print(json.dumps(out))
'''

SOURCES = [
    "1/0\n",
    "def f(x):\n    return x[3]\n\ndef g():\n    f([1])\ng()\n",
    "raise ValueError('bad value', 42)\n",
    "import no_such_module_here\n",
    "x = (1,\n",
    "try:\n    {}['k']\nexcept KeyError as e:\n    raise RuntimeError('wrapped') from e\n",
]

RUN_CHILD = r'''
import ctypes, sys
ctypes.pythonapi.PyRun_SimpleString.argtypes = [ctypes.c_char_p]
r = ctypes.pythonapi.PyRun_SimpleString(sys.stdin.read().encode())
sys.stderr.flush()
print(r)
'''


def child(code, stdin, cwd=None):
    env = {'PATH': os.environ.get('PATH', ''), 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0',
           'PYTHONDONTWRITEBYTECODE': '1'}
    p = subprocess.run([sys.executable, '-I', '-c', code], input=stdin, capture_output=True,
                       text=True, cwd=cwd, env=env, check=True)
    return p.stdout, p.stderr


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        root = os.path.realpath(d)
        os.mkdir(os.path.join(root, 'sub'))
        open(os.path.join(root, 'sub', 's.py'), 'w').close()
        os.symlink('sub/s.py', os.path.join(root, 'link.py'))
        out, _ = child(ARGV_CHILD, json.dumps(ARGVS), cwd=root)
        cases = json.loads(out)
        for c in cases:
            c['path0'] = c['path0'].replace(root, '{root}')
    with open(os.path.join(OUT, 'argv.json'), 'w') as f:
        json.dump(cases, f, indent=1)
        f.write('\n')
    runs = []
    for src in SOURCES:
        out, err = child(RUN_CHILD, src)
        runs.append({'source': src, 'stderr': err, 'result': int(out.strip())})
    with open(os.path.join(OUT, 'run_errors.json'), 'w') as f:
        json.dump(runs, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()

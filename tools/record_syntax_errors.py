#!/usr/bin/env python3
"""Records how CPython 3.11 reports the syntax error of each snippet in syntax-errors/.

For every NAME.py in interpreter/src/test/resources/syntax-errors/ it runs `python3 NAME.py`
in that folder and writes:

  NAME.err    exactly what python3 printed on stderr. Since 3.9 the main script's path is
              made absolute, so the folder's absolute path is cut out: the goldens read
              File "NAME.py" (also inside messages that quote the filename).
  NAME.attrs  tab-separated lines:
                compile<TAB>{json}   the SyntaxError of compile(data, 'NAME.py', 'exec') on the
                                     file's bytes (what Parser.parseFile must raise)
                run<TAB>{json}       the SyntaxError `python3 NAME.py` printed (captured by a
                                     sys.excepthook); differs from compile for a few decoding
                                     errors (NUL bytes, encoding declarations)
                exit<TAB>N           python3's exit code
              json keys: type, msg, lineno, offset, end_lineno, end_offset, text, filename
              (null for None).

It also writes formatter-cases.tsv: random SyntaxError attribute sets with the text the
interpreter prints for each, a check of SyntaxErrorFormatter beyond the snippets.

Snippets that ast.parse accepts (errors of the compiler, not the parser) are refused.
Usage: tools/record_syntax_errors.py
"""
import ast
import io
import json
import os
import random
import subprocess
import sys
import tempfile

FOLDER = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                       'interpreter', 'src', 'test', 'resources', 'syntax-errors'))

HOOK = r'''
import json, os, sys
def _record(kind, value, tb):
    if isinstance(value, SyntaxError):
        with open(os.environ['TAIPAN_RECORD_ATTRS'], 'w', encoding='utf-8') as f:
            json.dump(_attrs(value), f)
    sys.__excepthook__(kind, value, tb)
def _attrs(e):
    return dict(type=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset,
                end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text, filename=e.filename)
sys.excepthook = _record
'''


def attrs_of(e):
    return dict(type=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset,
                end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text, filename=e.filename)


def unabsolute(value, prefix):
    if isinstance(value, str):
        return value.replace(prefix, '')
    if isinstance(value, dict):
        return {k: unabsolute(v, prefix) for k, v in value.items()}
    return value


def line(kind, attrs):
    return kind + '\t' + json.dumps(attrs, ensure_ascii=True) + '\n'


def record_snippet(name, hook_dir):
    path = os.path.join(FOLDER, name)
    with open(path, 'rb') as f:
        data = f.read()
    try:
        ast.parse(data, filename=name)
        sys.exit('%s: ast.parse accepts it; only parser errors belong here' % name)
    except SyntaxError:
        pass
    try:
        compile(data, name, 'exec')
        sys.exit('%s: compile() accepts it' % name)
    except SyntaxError as e:
        compiled = attrs_of(e)
    attrs_file = os.path.join(hook_dir, 'attrs.json')
    if os.path.exists(attrs_file):
        os.remove(attrs_file)
    env = dict(os.environ, PYTHONPATH=hook_dir, TAIPAN_RECORD_ATTRS=attrs_file,
               PYTHONIOENCODING='utf-8', LC_ALL='C.UTF-8')
    env.pop('PYTHONSTARTUP', None)
    proc = subprocess.run([sys.executable, name], cwd=FOLDER, env=env, capture_output=True)
    prefix = FOLDER + os.sep
    stderr = proc.stderr.decode('utf-8', 'surrogateescape').replace(prefix, '')
    with open(attrs_file, encoding='utf-8') as f:
        ran = unabsolute(json.load(f), prefix)
    base = os.path.join(FOLDER, name[:-3])
    with open(base + '.err', 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
        f.write(stderr)
    with open(base + '.attrs', 'w', encoding='utf-8', newline='\n') as f:
        f.write(line('compile', compiled))
        f.write(line('run', ran))
        f.write('exit\t%d\n' % proc.returncode)
    return compiled != ran


def printed(kind, args):
    """What the interpreter prints for an uncaught SyntaxError built from args."""
    e = kind(*args)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.__excepthook__(kind, e, None)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved


def record_formatter_cases(count=600):
    rnd = random.Random(311)
    pieces = ['x', ' ', '\t', '\f', '\n', '\u00e9', '\u20ac', '\U0001F600', '(', 'ab', '\r', '  ', '\0']
    kinds = [SyntaxError, SyntaxError, IndentationError, TabError]
    with open(os.path.join(FOLDER, 'formatter-cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Recorded by tools/record_syntax_errors.py: SyntaxError attributes (json) and\n')
        f.write('# what CPython prints for them uncaught (json string). Do not edit by hand.\n')
        for _ in range(count):
            text = ''.join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
            text = None if rnd.random() < 0.05 else text
            number = lambda: None if rnd.random() < 0.08 else rnd.randint(-2, 14)
            lineno = rnd.choice([None, 1, 2]) if rnd.random() < 0.15 else 3
            attrs = dict(type=rnd.choice(kinds).__name__, msg=rnd.choice(['m', 'invalid syntax', '']),
                         lineno=lineno, offset=number(), end_lineno=rnd.choice([None, 2, 3, 3, 3, 4]),
                         end_offset=number(), text=text, filename=rnd.choice(['f.py', 'a/b.py', None]))
            args = (attrs['msg'], (attrs['filename'], attrs['lineno'], attrs['offset'], attrs['text'],
                                   attrs['end_lineno'], attrs['end_offset']))
            out = printed(getattr(__builtins__, attrs['type']), args)
            f.write(json.dumps(attrs) + '\t' + json.dumps(out) + '\n')


def main():
    names = sorted(n for n in os.listdir(FOLDER) if n.endswith('.py'))
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        differing = [n for n in names if record_snippet(n, hook_dir)]
    record_formatter_cases()
    print('%d snippets recorded in %s' % (len(names), FOLDER))
    if differing:
        print('python3 NAME.py and compile() disagree for: ' + ', '.join(differing))


if __name__ == '__main__':
    main()

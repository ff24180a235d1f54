#!/usr/bin/env python3
"""Helper of tools/astdiff: turns ast.dump text into one line per node and diffs two of them.

  ast_dump_lines.py cpython FILE NAME [MODE] print CPython's dump (or an ERROR line); with MODE,
                                             of FILE's text as a str in that mode
  ast_dump_lines.py snippet PATH LOCATOR OUT write a snippet of golden/test-snippets.tsv (PATH
                                             relative to the stdlib) to OUT, print its mode
  ast_dump_lines.py lines DUMPFILE           print the dump one node per line
  ast_dump_lines.py pyerr FILE NAME          print what `python3 FILE` prints on stderr (FILE
                                             shown as NAME); never runs the file's code
  ast_dump_lines.py diff SOURCE CPY OURS [-a] [-c N]
                                             show the first (-a: every) difference

A node line is "path: Type(scalar fields) @lineno:col-end_lineno:end_col"; child nodes get
their own lines below, so a diff points at the precise node and field.
"""
import ast
import difflib
import os
import re
import sys

POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
IDENT = re.compile(r'[A-Za-z_][A-Za-z_0-9]*')
MAX_SHOWN = 60  # lines of diff shown without -a


class Node:
    def __init__(self, type_name, fields):
        self.type_name = type_name
        self.fields = fields  # list of (name, value)

    def is_bare(self):
        return not self.fields  # Load(), Add(), ...


class DumpReader:
    """Reads the text of ast.dump back into Nodes, lists and constant reprs (kept as text)."""

    def __init__(self, text):
        self.s = text
        self.i = 0

    def value(self):
        s, i = self.s, self.i
        c = s[i]
        if c == '[':
            self.i += 1
            items = []
            while s[self.i] != ']':
                items.append(self.value())
                if s.startswith(', ', self.i):
                    self.i += 2
            self.i += 1
            return items
        if c in '\'"' or (c == 'b' and s[i + 1] in '\'"'):
            return self.string()
        if c == '(':  # complex repr such as (1+2j)
            end = s.index(')', i) + 1
            self.i = end
            return s[i:end]
        m = IDENT.match(s, i)
        if m and m.end() < len(s) and s[m.end()] == '(':
            return self.node(m.group())
        j = i
        while j < len(s) and s[j] not in ',)]':
            j += 1
        self.i = j
        return s[i:j]

    def string(self):
        s = self.s
        start = self.i
        if s[self.i] == 'b':
            self.i += 1
        quote = s[self.i]
        self.i += 1
        while s[self.i] != quote:
            self.i += 2 if s[self.i] == '\\' else 1
        self.i += 1
        return s[start:self.i]

    def node(self, type_name):
        self.i += len(type_name) + 1
        fields = []
        while self.s[self.i] != ')':
            m = IDENT.match(self.s, self.i)
            name = m.group()
            self.i = m.end() + 1  # past '='
            fields.append((name, self.value()))
            if self.s.startswith(', ', self.i):
                self.i += 2
        self.i += 1
        return Node(type_name, fields)


def scalar(value):
    if isinstance(value, Node):
        return value.type_name + '()'
    if isinstance(value, list):
        return '[' + ', '.join(scalar(v) for v in value) + ']'
    return value


def has_child_nodes(value):
    if isinstance(value, Node):
        return not value.is_bare()
    return isinstance(value, list) and any(isinstance(v, Node) and not v.is_bare() for v in value)


def node_lines(node, path, out):
    fields = dict(node.fields)
    shown = [name + '=' + scalar(value) for name, value in node.fields
             if name not in POSITIONS and not has_child_nodes(value)]
    line = '%s: %s(%s)' % (path, node.type_name, ', '.join(shown))
    if 'lineno' in fields:
        line += ' @%s:%s-%s:%s' % tuple(fields.get(p, '?') for p in POSITIONS)
    out.append(line)
    for name, value in node.fields:
        if isinstance(value, Node) and not value.is_bare():
            node_lines(value, path + '.' + name, out)
        elif isinstance(value, list) and has_child_nodes(value):
            for k, item in enumerate(value):
                if isinstance(item, Node):
                    node_lines(item, '%s.%s[%d]' % (path, name, k), out)
                else:
                    out.append('%s.%s[%d]: %s' % (path, name, k, item))


def to_lines(dump):
    dump = dump.strip()
    if dump.startswith('ERROR') or not dump:
        return [dump or 'ERROR no output']
    try:
        root = DumpReader(dump).node(IDENT.match(dump).group())
    except Exception as e:  # show the raw text rather than fail: the dump itself may be malformed
        return ['UNREADABLE DUMP (%s): %s' % (e, dump[:300])]
    out = []
    node_lines(root, root.type_name, out)
    return out


def cpython_dump(path, name, mode=None):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        if mode:
            import warnings
            warnings.simplefilter('ignore')
            text = data.decode('utf-8', 'surrogatepass')
            return ast.dump(ast.parse(text, filename=name, mode=mode), include_attributes=True)
        return ast.dump(ast.parse(data, filename=name), include_attributes=True)
    except SyntaxError as e:
        return 'ERROR %s line %s offset %s: %s' % (type(e).__name__, e.lineno, e.offset, e.msg)
    except (ValueError, MemoryError, RecursionError) as e:
        return 'ERROR %s line 0 offset 0: %s' % (type(e).__name__, e)


# sitecustomize for `pyerr`: exit before any code of the target file could run.
GUARD = r'''
import os, sys
_target = os.environ['TAIPAN_GUARD_TARGET']
def _guard(frame, event, arg):
    if frame.f_code.co_filename == _target:
        os._exit(99)
sys.settrace(_guard)
'''


def python_stderr(path, name):
    import subprocess
    import tempfile
    path = os.path.abspath(path)
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w') as f:
            f.write(GUARD)
        env = dict(os.environ, PYTHONPATH=hook_dir, TAIPAN_GUARD_TARGET=path)
        proc = subprocess.run([sys.executable, path], env=env, capture_output=True)
    if proc.returncode == 99:
        return '(python3 compiled the file: no error)\n'
    # python3 prints the main script's path absolute; show the name our parser was given
    return proc.stderr.decode('utf-8', 'backslashreplace').replace(path, name)


def show_source(source_path, line):
    """Prints the source the node of a diff line covers, with a caret run under it."""
    m = re.search(r'@(\d+):(\d+)-(\d+):(\d+)$', line)
    if not m:
        return
    lineno, col, end_lineno, end_col = map(int, m.groups())
    with open(source_path, 'rb') as f:
        lines = f.read().split(b'\n')
    print('source at CPython\'s position (columns: UTF-8 bytes for nodes, characters for errors):')
    for n in range(lineno, min(end_lineno, lineno + 4) + 1):
        if n - 1 >= len(lines):
            break
        raw = lines[n - 1].rstrip(b'\r')
        print('%6d| %s' % (n, raw.decode('utf-8', 'replace')))
        start = col if n == lineno else 0
        stop = end_col if n == end_lineno else len(raw)
        prefix = raw[:start].decode('utf-8', 'replace')
        marked = raw[start:stop].decode('utf-8', 'replace')
        print('      | ' + ''.join('\t' if ch == '\t' else ' ' for ch in prefix) + '^' * max(1, len(marked)))


def diff(source_path, cpython_file, ours_file, show_all, context):
    with open(cpython_file, encoding='utf-8', errors='surrogateescape') as f:
        theirs = to_lines(f.read())
    with open(ours_file, encoding='utf-8', errors='surrogateescape') as f:
        ours = to_lines(f.read())
    if theirs == ours:
        if len(ours) == 1 and ours[0].startswith('ERROR'):
            print('same error from ast.parse and Parser.parseFile: %s' % ours[0][6:])
        else:
            print('identical: %d nodes' % len(ours))
        return 0
    if len(theirs) == 1 or len(ours) == 1:  # an error on one side: a node diff would be noise
        print('CPython: %s' % (theirs[0] if len(theirs) == 1 else 'parses (%d nodes)' % len(theirs)))
        print('Taipan:  %s' % (ours[0] if len(ours) == 1 else 'parses (%d nodes)' % len(ours)))
        m = re.match(r'ERROR \w+ line (\d+) offset (-?\d+)', theirs[0])
        if m and int(m.group(1)) > 0:
            show_source(source_path, '@%s:%d-%s:%d' % (m.group(1), max(int(m.group(2)) - 1, 0),
                                                      m.group(1), max(int(m.group(2)), 1)))
        return 1
    hunks = list(difflib.unified_diff(theirs, ours, 'cpython', 'taipan', n=context, lineterm=''))
    starts = [k for k, h in enumerate(hunks) if h.startswith('@@')]
    removed = sum(1 for h in hunks if h.startswith('-') and not h.startswith('---'))
    added = sum(1 for h in hunks if h.startswith('+') and not h.startswith('+++'))
    shown = hunks if show_all or len(starts) < 2 else hunks[:starts[1]]
    if not show_all and len(shown) > MAX_SHOWN:
        shown = shown[:MAX_SHOWN] + ['... (%d more lines; -a shows all)' % (len(shown) - MAX_SHOWN)]
    print('\n'.join(shown))
    print('--- %d hunk(s): %d CPython line(s) differ, %d of ours; %d vs %d nodes%s' % (
        len(starts), removed, added, len(theirs), len(ours),
        '' if show_all or len(starts) < 2 else ' (first hunk shown; -a for all)'))
    first_theirs = next((h[1:] for h in hunks if h.startswith('-') and not h.startswith('---')), None)
    if first_theirs:
        show_source(source_path, first_theirs)
    return 1


def write_snippet(relpath, locator, out):
    """Finds a snippet as record_snippet_goldens.py located it; returns its mode."""
    import sysconfig
    stdlib = os.environ.get('TAIPAN_STDLIB') or sysconfig.get_paths()['stdlib']
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'test',
                          'resources', 'golden', 'test-snippets.tsv')
    with open(golden, encoding='utf-8') as f:
        rows = [line.split('\t') for line in f if line.startswith(relpath + '\t' + locator + '\t')]
    if not rows:
        sys.exit('no snippet %s:%s in %s' % (relpath, locator, golden))
    mode = rows[0][2]
    with open(os.path.join(stdlib, relpath), 'rb') as f:
        tree = ast.parse(f.read())
    key, _, spec = locator.partition(':')
    constant = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
                    and isinstance(n.value, str) and 'L%dC%d' % (n.lineno, n.col_offset) == key)
    source = constant
    if spec:
        first, rest = spec.split('+')
        count, indent = map(int, rest.split('/'))
        lines = constant.split('\n')[int(first):int(first) + count]
        source = '\n'.join(line[indent + 4:] for line in lines) + '\n'
    with open(out, 'wb') as f:
        f.write(source.encode('utf-8', 'surrogatepass'))
    return mode


def main(argv):
    if len(argv) >= 3 and argv[0] == 'cpython':
        sys.setrecursionlimit(10000)
        mode = argv[3] if len(argv) > 3 else None
        sys.stdout.buffer.write(cpython_dump(argv[1], argv[2], mode).encode('utf-8', 'surrogatepass') + b'\n')
        return 0
    if len(argv) == 4 and argv[0] == 'snippet':
        print(write_snippet(argv[1], argv[2], argv[3]))
        return 0
    if len(argv) == 3 and argv[0] == 'pyerr':
        sys.stdout.write(python_stderr(argv[1], argv[2]))
        return 0
    if len(argv) == 2 and argv[0] == 'lines':
        with open(argv[1], encoding='utf-8', errors='surrogateescape') as f:
            print('\n'.join(to_lines(f.read())))
        return 0
    if len(argv) >= 4 and argv[0] == 'diff':
        rest = argv[4:]
        context = int(rest[rest.index('-c') + 1]) if '-c' in rest else 3
        return diff(argv[1], argv[2], argv[3], '-a' in rest, context)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

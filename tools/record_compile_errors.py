#!/usr/bin/env python3
"""Records CPython 3.11's compile() outcome for each case of compile/errors.py.txt (cases are
separated by '### name' lines): OK, or the SyntaxError's message, lineno, offset, end_lineno and
end_offset. Output: compile/errors-golden.tsv, used by CompileErrorTest.
"""
import os
import warnings

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'test',
                    'resources', 'compile')


def cases():
    name, lines = None, []
    with open(os.path.join(ROOT, 'errors.py.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('### '):
                if name:
                    yield name, ''.join(lines)
                name, lines = line[4:].strip(), []
            else:
                lines.append(line)
    if name:
        yield name, ''.join(lines)


def main():
    warnings.simplefilter('ignore')
    out = []
    for name, src in cases():
        try:
            compile(src, name, 'exec', dont_inherit=True)
            out.append('%s\tOK' % name)
        except SyntaxError as e:
            out.append('\t'.join([name, 'ERR', type(e).__name__, e.msg, str(e.lineno), str(e.offset),
                                  str(e.end_lineno), str(e.end_offset)]))
    with open(os.path.join(ROOT, 'errors-golden.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()

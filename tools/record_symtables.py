#!/usr/bin/env python3
"""Records CPython 3.11's symbol tables (the symtable module) for every bytecode snippet:
each block (type, name, line, and whether nested/optimized) with its names and their scope
(1 LOCAL, 2 GLOBAL_EXPLICIT, 3 GLOBAL_IMPLICIT, 4 FREE, 5 CELL). Output: compile/golden/*.sym,
used by SymbolTableTest.
"""
import os
import symtable

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'test',
                    'resources', 'compile')


def describe(t, out, depth):
    out.append('%s%s %s line %d' % ('  ' * depth, t.get_type(), t.get_name(), t.get_lineno()))
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        out.append('%s  %s %d' % ('  ' * depth, name, s._Symbol__scope))
    for c in t.get_children():
        describe(c, out, depth + 1)


def main():
    snippets = os.path.join(ROOT, 'snippets')
    for fn in sorted(os.listdir(snippets)):
        if not fn.endswith('.py') or fn.startswith(('eval_', 'single_')):
            continue
        with open(os.path.join(snippets, fn), encoding='utf-8') as f:
            src = f.read()
        out = []
        describe(symtable.symtable(src, fn, 'exec'), out, 0)
        with open(os.path.join(ROOT, 'golden', fn[:-3] + '.sym'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()

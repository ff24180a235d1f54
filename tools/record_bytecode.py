#!/usr/bin/env python3
"""Records CPython 3.11's code objects for the compiler's differential test.

For every snippet under interpreter/src/test/resources/compile/snippets/*.py this writes
compile/golden/<name>.txt: every code object (recursively through co_consts) with its
attributes, its instructions from dis.get_instructions and its exception table.

Normalisation to Taipan's instruction set (see org.taipan.compile.Opcode):
  - CACHE, EXTENDED_ARG and PRECALL are dropped;
  - JUMP_FORWARD/JUMP_BACKWARD -> JUMP, POP_JUMP_{FORWARD,BACKWARD}_IF_X -> POP_JUMP_IF_X,
    JUMP_BACKWARD_NO_INTERRUPT -> JUMP_NO_INTERRUPT;
  - jump arguments and exception table offsets become indexes into the normalised list;
  - LOAD_GLOBAL shows its name and '+NULL' when the low bit is set;
  - constants are shown by repr (code objects as <code qualname>; frozenset items sorted by repr,
    since their iteration order depends on hashing);
  - the argument of instructions that have none in 3.11 is left out.
Snippets whose name starts with 'O_' are compiled with optimize=1 (-O); 'eval_' and 'single_'
snippets are compiled in 'eval' and 'single' mode; 'tla_' snippets with
PyCF_ALLOW_TOP_LEVEL_AWAIT.

Usage: tools/record_bytecode.py  (run from the repository root, with python3 = CPython 3.11)
"""
import dis
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                    'interpreter', 'src', 'test', 'resources', 'compile')
RENAME = {
    'JUMP_FORWARD': 'JUMP', 'JUMP_BACKWARD': 'JUMP',
    'JUMP_BACKWARD_NO_INTERRUPT': 'JUMP_NO_INTERRUPT',
}
DROPPED = {'CACHE', 'EXTENDED_ARG', 'PRECALL'}
NAME_OPS = {'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR',
            'LOAD_METHOD', 'IMPORT_NAME', 'IMPORT_FROM', 'STORE_GLOBAL', 'DELETE_GLOBAL'}
LOCAL_OPS = {'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'MAKE_CELL', 'LOAD_CLOSURE',
             'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF'}


def opname(name):
    if name in RENAME:
        return RENAME[name]
    for d in ('FORWARD_', 'BACKWARD_'):
        if name.startswith('POP_JUMP_' + d):
            return 'POP_JUMP_' + name[len('POP_JUMP_' + d):]
    return name


def const_repr(v):
    if hasattr(v, 'co_code'):
        return '<code %s>' % v.co_qualname
    if isinstance(v, tuple):
        items = [const_repr(x) for x in v]
        return '(' + ', '.join(items) + (',)' if len(items) == 1 else ')')
    if isinstance(v, frozenset):
        return 'frozenset({' + ', '.join(sorted(const_repr(x) for x in v)) + '})'
    return repr(v)


def pos(p):
    return ','.join('-' if x is None else str(x) for x in p)


def describe(code, out):
    raw = list(dis.get_instructions(code))
    kept = [i for i in raw if i.opname not in DROPPED]
    offsets = [i.offset for i in kept]

    def index_at(offset):
        n = 0
        for o in offsets:
            if o < offset:
                n += 1
        return n

    out.append('code %s' % code.co_qualname)
    out.append('name %s' % code.co_name)
    out.append('flags 0x%x' % code.co_flags)
    out.append('args %d %d %d' % (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount))
    out.append('firstlineno %d' % code.co_firstlineno)
    out.append('stacksize %d' % code.co_stacksize)
    out.append('varnames %s' % ' '.join(code.co_varnames))
    out.append('cellvars %s' % ' '.join(code.co_cellvars))
    out.append('freevars %s' % ' '.join(code.co_freevars))
    out.append('names %s' % ' '.join(code.co_names))
    out.append('consts %s' % ' | '.join(const_repr(c) for c in code.co_consts))
    for n, ins in enumerate(kept):
        name = opname(ins.opname)
        if ins.opcode < dis.HAVE_ARGUMENT:
            arg = ''
        elif name == 'LOAD_GLOBAL':
            arg = code.co_names[ins.arg >> 1] + (' +NULL' if ins.arg & 1 else '')
        elif name in NAME_OPS or name in LOCAL_OPS:
            arg = ins.argval
        elif name in ('LOAD_CONST', 'KW_NAMES'):
            arg = const_repr(code.co_consts[ins.arg])
        elif ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            arg = '->%d' % index_at(ins.argval)
        else:
            arg = str(ins.arg)
        out.append('%d %s %s @%s' % (n, name, arg, pos(ins.positions)))
    for e in dis.Bytecode(code).exception_entries:
        out.append('exc %d %d ->%d depth %d%s' % (index_at(e.start), index_at(e.end),
                                                 index_at(e.target), e.depth,
                                                 ' lasti' if e.lasti else ''))
    out.append('')
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            describe(c, out)


def main():
    snippets = os.path.join(ROOT, 'snippets')
    golden = os.path.join(ROOT, 'golden')
    os.makedirs(golden, exist_ok=True)
    for fn in sorted(os.listdir(snippets)):
        if not fn.endswith('.py'):
            continue
        with open(os.path.join(snippets, fn), encoding='utf-8') as f:
            src = f.read()
        mode = 'eval' if fn.startswith('eval_') else 'single' if fn.startswith('single_') else 'exec'
        flags = 0x2000 if fn.startswith('tla_') else 0  # ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        code = compile(src, fn, mode, flags, dont_inherit=True, optimize=1 if fn.startswith('O_') else 0)
        out = []
        describe(code, out)
        with open(os.path.join(golden, fn[:-3] + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    print('recorded', len(os.listdir(snippets)), 'snippets')


if __name__ == '__main__':
    sys.exit(main())

# dis: flag names, raw bytecode, classes, tracebacks, first_line, caches and errors.
import dis
import io
import sys

for flags in (0, 3, 0x23, 0x400, 0x20000, 1 << 40 | 1, 0x3ff):
    print(hex(flags), '->', dis.pretty_flags(flags))

raw = bytes([dis.opmap['LOAD_CONST'], 1, dis.opmap['LOAD_NAME'], 0,
             dis.opmap['EXTENDED_ARG'], 1, dis.opmap['LOAD_FAST'], 2,
             dis.opmap['JUMP_FORWARD'], 1, dis.opmap['NOP'], 0,
             dis.opmap['JUMP_BACKWARD'], 3, dis.opmap['COMPARE_OP'], 2,
             dis.opmap['RETURN_VALUE'], 0])
dis.dis(raw)
print(dis.findlabels(raw))
for ins in dis.get_instructions(compile('x', 's', 'eval')):
    print(ins.opname, ins.argval, ins.argrepr, ins.positions)

def outer(a, *args, key=1, **kw):
    total = a
    def inner(b):
        return total + b + key
    return inner

class Shapes:
    def area(self):
        return 3
    @staticmethod
    def unit():
        return 1
    label = 'not code'

out = io.StringIO()
dis.dis(Shapes, file=out)
print(out.getvalue())
print(dis.code_info(outer).split("Constants:")[0])
print(dis.code_info(outer(1)))
dis.show_code('a = 1; b = a', file=sys.stdout)

bc = dis.Bytecode(outer, first_line=100)
print(repr(bc)[:18], bc.first_line, [i.starts_line for i in bc if i.starts_line][:4])
print(bc.dis().splitlines()[0])

def fails(d):
    return d['missing']
try:
    fails({})
except KeyError:
    tb = sys.exc_info()[2]
cur = dis.Bytecode.from_traceback(tb)
print(cur.codeobj.co_name, cur.current_offset)
print([line for line in cur.dis().splitlines() if '-->' in line])
out = io.StringIO()
dis.distb(tb.tb_next, file=out)
print([line for line in out.getvalue().splitlines() if '-->' in line])
print(len([i for i in dis.get_instructions(fails, show_caches=True) if i.opname == 'CACHE']))

for bad in (42, None.__class__):
    try:
        dis.code_info(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    dis.dis(3.5)
except TypeError as e:
    print('TypeError', e)
if hasattr(sys, 'last_traceback'):
    del sys.last_traceback
try:
    dis.distb()
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(dis.UNKNOWN), dis.Positions(), dis.Instruction('NOP', 9, None, None, '', 0, None, False))

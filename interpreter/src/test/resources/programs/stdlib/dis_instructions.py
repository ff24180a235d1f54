# dis.get_instructions, Instruction fields and repr, Positions, Bytecode, findlinestarts.
import dis


def sample(a, b):
    if a:
        return b(a, key=1)
    x = [a, b]
    return x[0].attr


for ins in dis.get_instructions(sample):
    print(ins)
print()
for ins in dis.get_instructions(sample, first_line=100):
    print(ins.offset, ins.opname, ins.starts_line, ins.is_jump_target, ins.argval)
print()
for ins in dis.get_instructions(sample, show_caches=True):
    print(ins.offset, ins.opname, ins.arg, repr(ins.argrepr), ins.positions.col_offset)
print()
bc = dis.Bytecode(sample)
print(bc.first_line, repr(bc)[:18], bc.current_offset, bc.exception_entries)
print(bc.dis())
print(dis.Bytecode(sample, current_offset=6).dis().splitlines()[1])
print(list(dis.findlinestarts(sample.__code__)))
print(dis.findlabels(b'\x97\x00\x64\x00\x6e\x02\x09\x00\x53\x00'))
ins = next(iter(dis.Bytecode(sample)))
print(ins._fields, ins.positions._fields, type(ins).__name__, isinstance(ins, tuple))
print(ins._replace(offset=99).offset, ins == dis.Instruction(*ins))
print(dis.Positions(1, 2, 3, 4), dis.Positions())
code = compile("x = 1\ny = x + 2\nprint(y)", "<prog>", "exec")
for ins in dis.Bytecode(code):
    print(ins.opname, ins.argval, ins.starts_line, ins.positions.lineno)
try:
    dis.get_instructions(42)
except TypeError as e:
    print("TypeError:", e)

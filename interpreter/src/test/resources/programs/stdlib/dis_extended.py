# EXTENDED_ARG and long jumps: big functions built from generated source.
import dis

names = ["v%d" % i for i in range(300)]
src = "def big(flag):\n"
src += "".join("    %s = %d\n" % (n, i * 1000) for i, n in enumerate(names))
src += "    if flag:\n"
src += "".join("        flag = flag + %s\n" % n for n in names[:120])
src += "    return flag\n"
ns = {}
exec(compile(src, "<big>", "exec"), ns)
instrs = list(dis.get_instructions(ns["big"]))
print(len(instrs), instrs[-1].offset)
ext = [i for i in instrs if i.opname == "EXTENDED_ARG"]
print(len(ext), ext[0])
jumps = [i for i in instrs if "JUMP" in i.opname]
for j in jumps:
    print(j.opname, j.arg, j.argval, j.argrepr)
for i in instrs[1:3] + instrs[-8:]:
    print(i.offset, i.opname, i.arg, i.argrepr, i.starts_line)

src2 = "def loop(n):\n    while n:\n" + "".join("        n = n - %d\n" % (i + 1) for i in range(150)) + "    return n\n"
exec(compile(src2, "<loop>", "exec"), ns)
for j in dis.get_instructions(ns["loop"]):
    if "JUMP" in j.opname or j.opname == "EXTENDED_ARG":
        print(j.offset, j.opname, j.arg, j.argval)
lines = [l for l in dis.Bytecode(ns["big"]).dis().splitlines() if "EXTENDED_ARG" in l or "JUMP" in l]
print("\n".join(lines[:6]))

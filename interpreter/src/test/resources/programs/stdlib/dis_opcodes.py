# The opcode tables of dis / opcode (CPython 3.11's numbering).
import dis
import opcode

print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, len(dis.opname), dis.opname[:5])
print(sorted(dis.opmap.items(), key=lambda kv: kv[1]))
print([dis.opname[op] for op in dis.hasjrel])
print(dis.hasjabs, dis.hasconst, dis.hascompare, dis.hasnargs)
print([dis.opname[op] for op in dis.hasname])
print([dis.opname[op] for op in dis.haslocal], [dis.opname[op] for op in dis.hasfree])
print(dis.cmp_op, opcode.cmp_op is dis.cmp_op)
print(opcode._nb_ops[:3], len(opcode._nb_ops), opcode._nb_ops[-1])
print([(opcode.opname[i], n) for i, n in enumerate(opcode._inline_cache_entries) if n])
print(sorted(opcode._cache_format["LOAD_GLOBAL"].items()))
print(len(opcode._specialized_instructions), opcode._specializations["BINARY_OP"])
print(dis.opname[200], dis.opname[1], dis.opmap["RESUME"], dis.opmap["CACHE"])
print(sorted(set(dis.__all__) - set(opcode.__all__)))
print(sorted(opcode.__all__))
print(dis.FORMAT_VALUE_CONVERTERS[1:], dis.MAKE_FUNCTION_FLAGS)
print(repr(dis.UNKNOWN))

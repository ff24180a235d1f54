# dis.stack_effect for every defined opcode, several arguments and both jump directions.
import dis


def effect(op, arg, jump):
    try:
        return dis.stack_effect(op, arg, jump=jump)
    except ValueError as e:
        return "E:" + str(e).split(": ")[-1][:18]


for op in range(256):
    name = dis.opname[op]
    if name.startswith("<"):
        continue
    row = [effect(op, arg, jump) for arg in (None, 0, 1, 3, 258) for jump in (None, True, False)]
    print(op, name, *row)
for bad in ((300, 1), (dis.opmap["POP_TOP"], 1), (dis.opmap["LOAD_CONST"],)):
    try:
        dis.stack_effect(*bad)
    except ValueError as e:
        print("ValueError:", e)

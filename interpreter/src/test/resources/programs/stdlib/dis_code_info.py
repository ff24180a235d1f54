# dis.code_info / show_code / Bytecode.info and the flags they print.
import dis


def plain(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    "doc"
    total = a + b + c + d + e
    return total, args, kwargs


def gen(n):
    yield from range(n)


async def coro(x):
    await x


async def agen():
    yield 1


def closure():
    cell = 1

    def use():
        return cell
    return use


print(dis.code_info(plain))
print()
dis.show_code(gen)
print()
print(dis.code_info(coro))
print()
print(dis.code_info(agen))
print()
print(dis.code_info(closure()))
print()
print(dis.code_info("a = b + 1"))
print()
print(dis.Bytecode(plain).info() == dis.code_info(plain))
for flags in (0, 3, 0x43, 0x20, 0x200, 0x1000000, 0x80000000 | 1):
    print(hex(flags), dis.pretty_flags(flags))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))

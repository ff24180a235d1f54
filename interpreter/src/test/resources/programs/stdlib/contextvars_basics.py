# contextvars: ContextVar get/set/reset, Token, Context mapping and run().
import contextvars

color = contextvars.ContextVar("color", default="red")
size = contextvars.ContextVar("size")

print(color.name, color.get(), color.get("blue"), size.get(10))
try:
    size.get()
except LookupError as exc:
    print("LookupError", type(exc).__name__, exc.args[0] is size)

token = color.set("green")
print(color.get(), token.var is color, token.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
color.reset(token)
print(color.get())
for bad in (lambda: color.reset(token), lambda: size.reset(color.set("x")), lambda: color.reset("t")):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as exc:
        print(type(exc).__name__, str(exc).split(" ", 1)[0] if "Token" in str(exc) else exc)

ctx = contextvars.copy_context()
size.set(3)
print(size in ctx, len(ctx) >= 1, ctx.get(size, "absent"))


def inside(label):
    size.set(label)
    return size.get(), color.get()

print(ctx.run(inside, 99), size.get(), ctx[size], ctx.get(size))
print(sorted(v.name for v in ctx.keys() if v.name in ("color", "size")), list(ctx.values()).count(99))
try:
    ctx.run(ctx.run, print)
except RuntimeError as exc:
    print("RuntimeError", str(exc).startswith("cannot enter context"))
try:
    ctx["size"]
except TypeError as exc:
    print("TypeError", exc)
fresh = contextvars.Context()
print(len(fresh), fresh.run(color.get), fresh.run(lambda: (color.set("c"), color.get())[1]), color.get())
print(ctx.copy() == ctx, ctx.copy() is ctx, dict(ctx.items())[size])
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as exc:
    print("TypeError", exc)
try:
    contextvars.ContextVar(1)
except TypeError as exc:
    print("TypeError", exc)
print(contextvars.ContextVar[int])

# sys's hooks: audit hooks, displayhook, excepthook, unraisablehook, breakpointhook, recursion limit.
import sys

events = []


def refuse(event, args):
    events.append((event, args))
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


def second(event, args):
    events.append(("second", event))


sys.addaudithook(refuse)
sys.addaudithook(second)       # refused by the first hook, silently
sys.audit("my.event", 1, "two", None)
sys.audit("no.args")
print(events)
try:
    sys.audit(5)
except TypeError as e:
    print("TypeError:", e)

print(sys.__displayhook__ is sys.displayhook, sys.__excepthook__ is sys.excepthook)
print(sys.__unraisablehook__ is sys.unraisablehook, sys.__breakpointhook__ is sys.breakpointhook)
import builtins
sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook(42)
print(builtins._)
sys.displayhook("text")
print(builtins._)

called = []
sys.breakpointhook = lambda *a, **k: called.append((a, k)) or "result"
print(breakpoint(1, 2, x=3), called)
sys.breakpointhook = sys.__breakpointhook__


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    err = e
try:
    sys.__unraisablehook__(err)
except TypeError as e:
    print("TypeError:", e)
sys.stderr = sys.stdout

print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)


def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return str(e)
        return "no error"
    return deep(n - 1)


msg = deep(30)
print(msg.startswith("cannot set the recursion limit to 10 at the recursion depth "),
      msg.endswith(": the limit is too low"))
sys.setrecursionlimit(1000)
sys.excepthook(ZeroDivisionError, ZeroDivisionError("shown by excepthook"), None)
try:
    raise KeyError(1)
except KeyError:
    print([v[:2] for v in sys._current_exceptions().values()])
print(list(sys._current_exceptions().values()))
print(type(sys._git).__name__, len(sys._git), type(sys._base_executable).__name__)
sys.excepthook(int, 5, None)
sys.excepthook(ValueError, ValueError("no traceback"), None)

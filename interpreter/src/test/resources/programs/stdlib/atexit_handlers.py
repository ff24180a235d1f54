# atexit: handlers run last in, first out, after the program, also on SystemExit; unregister works.
import atexit


def bye(name, punct="."):
    print("bye", name + punct)


def never():
    print("never printed")


atexit.register(bye, "a")
atexit.register(bye, "b", punct="!")
atexit.register(never)
atexit.unregister(never)
print("main done")
raise SystemExit(3)

# sys's descriptive attributes and small functions, where they are the same on every implementation.
import sys

print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode == 0x10FFFF)
print(sys.byteorder, sys.platform, sys.api_version, repr(sys.abiflags), sys.platlibdir)
print(sys.float_repr_style)
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.base_prefix).__name__,
      type(sys.base_exec_prefix).__name__)
print(type(sys.copyright).__name__, type(sys.builtin_module_names).__name__)
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
names = sys.stdlib_module_names
print(type(names).__name__, len(names), sorted(n for n in names if n.startswith('as')))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.warnoptions, sys._xoptions, sys.pycache_prefix)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(type(sys.orig_argv).__name__, type(sys.dont_write_bytecode).__name__)
print(hasattr(sys, 'ps1'), hasattr(sys, 'ps2'))
print(hasattr(sys, 'last_type'), hasattr(sys, 'last_value'), hasattr(sys, 'last_traceback'))
print(sys.is_finalizing(), sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
print(sys._clear_type_cache(), type(sys.getallocatedblocks()).__name__)
print(sys.getrefcount(object()) >= 1, type(sys.getrefcount(None)).__name__)

s = "".join(["ab", "cd"])
print(sys.intern(s) == "abcd", sys.intern("x") is sys.intern("x"))
for bad in (1, b"x", None):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(object()))
print(sys.getsizeof("ab"), sys.getsizeof(None), sys.getsizeof(True))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(100)) >= 100, sys.getsizeof(Sized("x"), "d"))
for arg in (-1, "x"):
    try:
        sys.getsizeof(Sized(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0, "a"):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(0)


def first(agen):
    pass


sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())

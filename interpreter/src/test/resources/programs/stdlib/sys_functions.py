# sys functions and constants whose behaviour is the language's (not the implementation's).
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5, 'x'):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
old = sys.getswitchinterval()
sys.setswitchinterval(0.01)
print(old, sys.getswitchinterval())
sys.setswitchinterval(old)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
s = ''.join(['inter', 'ned'])
print(sys.intern(s) is sys.intern('interned'))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.float_repr_style)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    int('1' * 1001)
except ValueError as e:
    print('ValueError', str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, sys.exception() is e)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks().firstiter is print)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
print(isinstance(sys.getrefcount(object()), int), isinstance(sys.getsizeof(1), int), sys.is_finalizing())
print(sys.call_tracing(lambda a, b: a + b, (2, 3)))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.breakpointhook is sys.__breakpointhook__, sys.unraisablehook is sys.__unraisablehook__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'sys' in sys.builtin_module_names)
print(sys.platform, type(sys.path).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
print(type(sys.path_importer_cache).__name__, type(sys.modules).__name__, sys.modules['sys'] is sys)
print(sys.gettrace(), sys.getprofile(), sys.dont_write_bytecode, sys.pycache_prefix)
print(sys.version_info >= (3, 11), sys.version_info.major, sys.hexversion == 0x30B07F0, sys.api_version)
print(sys.thread_info.name is not None, sys.platlibdir)
try:
    sys.exit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print('TypeError', e)

# sys's struct sequences: tuples with named fields, CPython's repr, not constructible.
import sys

vi = sys.version_info
print(vi)
print(vi[:3], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(vi >= (3, 11), vi < (3, 12), isinstance(vi, tuple), len(vi))
print(type(vi).__name__, type(vi).__module__)
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields)
print(hex(sys.hexversion), sys.hexversion == 0x030B07F0)
a, b, *rest = vi
print(a, b, rest)

print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan,
      sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits,
      sys.hash_info.seed_bits, sys.hash_info.cutoff)
print(hash(float('inf')) == sys.hash_info.inf, hash(2 ** 61 - 1) == 0)
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))

f = sys.flags
print(type(f).__name__, len(f), type(f).n_fields)
for name in ("debug", "inspect", "interactive", "optimize", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "isolated",
             "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"):
    print(name, repr(getattr(f, name)))
print(type(f.dont_write_bytecode).__name__, type(f.hash_randomization).__name__)

for t in (type(sys.version_info), type(sys.flags), type(sys.float_info), type(sys.int_info),
          type(sys.hash_info), type(sys.thread_info)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
print(sys.get_asyncgen_hooks())
print(sys.get_asyncgen_hooks().firstiter, len(sys.get_asyncgen_hooks()))

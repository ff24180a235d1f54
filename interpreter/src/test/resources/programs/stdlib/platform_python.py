# platform: the interpreter's version facts (the implementation name is Taipan's own)
import platform
import sys

print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
impl = platform.python_implementation()
print(impl in ('CPython', 'Taipan'), impl.lower() == sys.implementation.name)
print(type(platform.python_compiler()).__name__, platform.python_compiler() in sys.version)
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(x, str) for x in build))
print(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)
bits, linkage = platform.architecture()
print(bits, linkage, bits == '%dbit' % (sys.maxsize.bit_length() + 1))
release, vendor, vminfo, osinfo = platform.java_ver()
print(type(release).__name__, len(vminfo), len(osinfo))
lib, version = platform.libc_ver()
print(type(lib).__name__, type(version).__name__)
print(platform.system() == platform.uname()[0], platform.uname() is platform.uname() or platform.uname() == platform.uname())

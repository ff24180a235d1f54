# platform: uname and the system facts, platform(), os-release
import platform, sys
u = platform.uname()
print(u.system, type(u.release).__name__, u.release != '', type(u.version).__name__, u.machine, repr(u.processor), len(u), u._fields)
print(platform.system(), platform.machine(), platform.release() == u.release, platform.node() == u.node, platform.node() != '')
print(platform.python_version(), platform.python_version_tuple(), platform.architecture())
print(platform.python_implementation() in ('CPython', 'Taipan'), platform.processor() == '')
print(platform.platform().startswith('-'.join([u.system, u.release, u.machine])), platform.platform(terse=True).startswith(u.system + '-'))
print(platform.freedesktop_os_release()['ID'], sorted(platform.freedesktop_os_release())[:2])
s, n, r, v, m, p = u
print(s == u[0], m == u[-2], list(u)[:1])
print(isinstance(platform.java_ver(), tuple), len(platform.java_ver()))

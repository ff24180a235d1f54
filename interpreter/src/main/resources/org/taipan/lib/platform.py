"""Information about the platform and the interpreter: Taipan's own platform.

The system facts come from sys and, on Linux, from /proc (Taipan's os has no uname).
python_implementation() is 'Taipan' (sys.implementation.name capitalised), the way Jython
and PyPy report themselves; code comparing against 'CPython' must expect it.  java_ver()
answers with the JVM's details, as it did under Jython.
"""

import collections
import os
import sys

__version__ = '1.0.8'

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows', 'cygwin': 'CYGWIN_NT',
            'freebsd': 'FreeBSD', 'openbsd': 'OpenBSD', 'netbsd': 'NetBSD', 'sunos': 'SunOS',
            'aix': 'AIX'}


def _read_first_line(path):
    try:
        with open(path) as f:
            return f.readline().strip()
    except OSError:
        return ''


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """uname(): the five fields, and processor computed on demand."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        return iter(tuple(super().__iter__()) + (self.processor,))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        plat = sys.platform
        for prefix, name in _SYSTEMS.items():
            if plat.startswith(prefix):
                system = name
                break
        else:
            system = plat.capitalize()
        node = _read_first_line('/proc/sys/kernel/hostname') or os.environ.get('HOSTNAME', '')
        release = _read_first_line('/proc/sys/kernel/osrelease')
        version = _read_first_line('/proc/sys/kernel/version')
        multiarch = getattr(sys.implementation, '_multiarch', '')
        machine = multiarch.split('-')[0] if multiarch else ''
        _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    if not bits:
        bits = '%dbit' % ((sys.maxsize.bit_length() + 1))
    if not linkage and sys.platform.startswith('linux'):
        linkage = 'ELF'
    return bits, linkage


def python_implementation():
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
            'jython': 'Jython'}.get(name, name.capitalize())


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    # what sys.version shows in brackets: '[GCC 12.2.0]' for CPython, '[Java]' for Taipan
    text = sys.version
    if '[' in text and text.endswith(']'):
        return text[text.rindex('[') + 1:-1]
    return ''


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return lib, version


def freedesktop_os_release():
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, value = line.split('=', 1)
            if value[:1] in ('"', "'") and value[-1:] == value[:1]:
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '-'.join(part for part in (u.system, u.release, u.machine) if part)

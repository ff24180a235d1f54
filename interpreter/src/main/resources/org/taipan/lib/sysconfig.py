"""Taipan's sysconfig: the installation's paths and build variables.

Taipan is not built from a Makefile, so the build variables are a short list of the ones
programs and test suites actually read (no C compiler flags: those read as None); the paths
follow the posix_prefix scheme under sys.prefix.
"""
import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_default_scheme',
           'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths', 'get_platform',
           'get_python_version', 'get_scheme_names', 'is_python_build', 'parse_config_h']

_SCHEMES = ('nt', 'nt_user', 'nt_venv', 'osx_framework_user', 'posix_home', 'posix_prefix',
            'posix_user', 'posix_venv', 'venv')
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    machine = os.uname().machine if hasattr(os, 'uname') else 'x86_64'
    return '%s-%s' % (sys.platform, machine)


def is_python_build(check_home=False):
    return False


def get_scheme_names():
    return _SCHEMES


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme=None, vars=None, expand=True):
    version = get_python_version()
    base = (vars or {}).get('base', sys.prefix)
    lib = os.path.join(base, 'lib', 'python' + version)
    return {
        'stdlib': lib, 'platstdlib': lib,
        'purelib': os.path.join(lib, 'site-packages'), 'platlib': os.path.join(lib, 'site-packages'),
        'include': os.path.join(base, 'include', 'python' + version),
        'platinclude': os.path.join(base, 'include', 'python' + version),
        'scripts': os.path.join(base, 'bin'), 'data': base,
    }


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


_vars = None


def get_config_vars(*names):
    global _vars
    if _vars is None:
        version = get_python_version()
        _vars = {
            'prefix': sys.prefix, 'exec_prefix': sys.exec_prefix,
            'base': sys.prefix, 'platbase': sys.exec_prefix,
            'installed_base': sys.base_prefix, 'installed_platbase': sys.base_exec_prefix,
            'py_version': '%d.%d.%d' % sys.version_info[:3], 'py_version_short': version,
            'py_version_nodot': version.replace('.', ''), 'VERSION': version,
            'abiflags': '', 'SO': None, 'EXT_SUFFIX': None, 'SOABI': None,
            'WITH_DOC_STRINGS': 1, 'Py_DEBUG': 0, 'Py_TRACE_REFS': 0, 'Py_ENABLE_SHARED': 0,
            'SIZEOF_VOID_P': 8, 'HOST_GNU_TYPE': None, 'MULTIARCH': None,
            'LIBDIR': os.path.join(sys.prefix, 'lib'), 'BINDIR': os.path.join(sys.prefix, 'bin'),
            'userbase': os.path.expanduser('~/.local'),
        }
    if names:
        return [_vars.get(name) for name in names]
    return _vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_config_h_filename():
    return os.path.join(get_paths()['include'], 'pyconfig.h')


def get_makefile_filename():
    return os.path.join(get_paths()['stdlib'], 'config-' + get_python_version(), 'Makefile')


def parse_config_h(fp, vars=None):
    """Reads '#define NAME value' and '/* #undef NAME */' lines into vars."""
    vars = {} if vars is None else vars
    for line in fp:
        words = line.split()
        if len(words) >= 2 and words[0] == '#define':
            value = words[2] if len(words) > 2 else '1'
            try:
                vars[words[1]] = int(value)
            except ValueError:
                vars[words[1]] = value
        elif len(words) >= 3 and words[0] == '/*' and words[1] == '#undef':
            vars[words[2]] = 0
    return vars

# sysconfig: the version, platform, schemes and the build variables programs read
import sys
import sysconfig

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.is_python_build(), sysconfig.get_default_scheme())
print('posix_prefix' in sysconfig.get_scheme_names(), len(sysconfig.get_scheme_names()))
print(sysconfig.get_preferred_scheme('user'), sysconfig.get_preferred_scheme('home'))
try:
    sysconfig.get_preferred_scheme('nope')
except KeyError as e:
    print('KeyError:', e)
print(sysconfig.get_config_var('py_version_short'), sysconfig.get_config_var('VERSION'))
print(sysconfig.get_config_var('WITH_DOC_STRINGS'), sysconfig.get_config_var('Py_DEBUG'),
      sysconfig.get_config_var('Py_TRACE_REFS'), sysconfig.get_config_var('SIZEOF_VOID_P'))
print(sysconfig.get_config_var('NO_SUCH_VARIABLE'), sysconfig.get_config_vars('NO_SUCH', 'VERSION'))
print(sysconfig.get_config_var('prefix') == sys.prefix, sysconfig.get_config_var('exec_prefix') == sys.exec_prefix)
print(sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('abiflags') == '')
print(isinstance(sysconfig.get_config_vars(), dict))
paths = sysconfig.get_paths()
print(sorted(paths))
print(paths['purelib'].endswith('site-packages'), paths['stdlib'].endswith('python3.11'))
print(sysconfig.get_path('scripts').endswith('bin'), sysconfig.get_path('data') == sys.prefix)
print(sysconfig.get_path_names())
print(sysconfig.get_config_h_filename().endswith('pyconfig.h'))

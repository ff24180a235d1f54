# PYTHONBREAKPOINT=0 turns breakpoint() into a no-op; an unimportable name warns and is skipped.
import os
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'no_such_module.hook'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = '0'
print('done')

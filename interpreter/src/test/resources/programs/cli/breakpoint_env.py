# PYTHONBREAKPOINT names the hook breakpoint() calls (here a dotted name, imported on each call).
import sys
sys.path.insert(0, 'audit_mods')
breakpoint('first', key='value')
print(sys.breakpointhook is sys.__breakpointhook__)
def my_hook(*args, **kwargs):
    print('replaced hook', args, kwargs)
    return 'result'
sys.breakpointhook = my_hook
print(breakpoint(1, 2))
sys.breakpointhook = sys.__breakpointhook__
breakpoint()

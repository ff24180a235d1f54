"""Helper module docstring."""
import sys
main_guard_ran = False
if __name__ == '__main__':
    main_guard_ran = True
import builtins
builtins._helper_runs = getattr(builtins, '_helper_runs', 0) + 1
importer = 'execution #%d' % builtins._helper_runs

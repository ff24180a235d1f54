import builtins
NAME = 'alpha'
builtins._alpha_loads = getattr(builtins, '_alpha_loads', 0) + 1
LOADS = builtins._alpha_loads

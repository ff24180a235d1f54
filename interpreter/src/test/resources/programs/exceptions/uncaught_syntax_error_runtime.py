# A SyntaxError raised at run time by compile() and left uncaught: printed in CPython's format.
source = 'total = 1 +\nprint(total)\n'
print('compiling')
compile(source, 'generated.py', 'exec')

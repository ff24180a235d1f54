# Template placeholders: invalid ones and their error positions
import string

templates = ['$', 'abc $', '$$$', '${', '${}', '${a', '$ a', '$a$b', '${a}b', '$a.b', '$_x $x_', '€$x', 'x\ny\n  $!']
for text in templates:
    t = string.Template(text)
    try:
        print(repr(text), '->', repr(t.substitute(a='A', b='B', x='X', _x='_X', x_='X_')))
    except (ValueError, KeyError) as e:
        print(repr(text), '->', type(e).__name__, e)
    print('   safe:', repr(t.safe_substitute()))

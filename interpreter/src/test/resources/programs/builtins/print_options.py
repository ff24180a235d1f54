# print(): sep, end, file, flush; printing to sys.stderr and to a StringIO.
import io
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print(' <- continued')
print()
print(1, 2.5, None, [1], sep=' | ')
print('to stderr', file=sys.stderr)
buf = io.StringIO()
print('into', 'buffer', file=buf, sep='_')
print(repr(buf.getvalue()))
print('flushed', flush=True)
print(*range(5), sep=', ')
print('sep None', 'uses space', sep=None, end=None)
print('file None goes to stdout', file=None)
for bad in [lambda: print(sep=5), lambda: print(end=[]), lambda: print(file=5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print('x', 'y', file=w)
print(w.parts)
sys.stdout.write('direct write\n')
sys.stderr.write('direct stderr write\n')
print('multi\nline', 'string')

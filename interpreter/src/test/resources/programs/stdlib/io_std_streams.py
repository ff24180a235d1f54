# The standard streams as io objects: ABCs, attributes, reconfigure, writelines, print(file=...).
import io
import sys

print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stderr, io.IOBase), isinstance(sys.stdin, io.TextIOBase))
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.seekable(), sys.stdout.line_buffering, sys.stdout.writable())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding, sys.stdout.errors, sys.stdout.newlines)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdin.readable(), sys.stdout.closed)
sys.stdout.reconfigure(encoding='utf-8')
sys.stdout.writelines(['a', 'b', '\n'])
print(sys.stdout.write('written\n'))
buffer = io.StringIO()
print('to', 'a', 'StringIO', sep='-', end='!\n', file=buffer)
print(repr(buffer.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured), sys.stdout is sys.__stdout__)
print('to stderr', file=sys.stderr)
sys.stderr.write('stderr write\n')
sys.stderr.flush()
print(sys.stdin.read(), repr(sys.stdin.readline()))

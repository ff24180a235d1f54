# pathlib: Path on the filesystem - mkdir, write/read, iterdir, glob, rglob, stat, rename, unlink
import os
from pathlib import Path

base = Path('pathlib_fs_scratch')
print(repr(base), base.exists(), base.is_dir())
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
try:
    base.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
base.mkdir(exist_ok=True)
deep = base / 'src' / 'pkg'
try:
    deep.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
deep.mkdir(parents=True)
print((base / 'notes.txt').write_text('hello\nworld\n'))
print((deep / 'mod.py').write_text('x = 1\n'))
print((deep / '__init__.py').write_bytes(b''))
print((base / 'src' / 'main.py').write_text('import pkg\n'))
print((base / 'data.bin').write_bytes(bytes(range(5))))
print(repr((base / 'notes.txt').read_text()), (base / 'data.bin').read_bytes())
print((base / 'notes.txt').stat().st_size, (base / 'notes.txt').is_file())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob('*.txt')))
print(sorted(str(p) for p in base.glob('src/*')))
print(sorted(str(p) for p in base.glob('**/*.py')))
print(sorted(str(p) for p in base.rglob('*.py')))
print(sorted(str(p) for p in base.glob('*/pkg/m?d.py')))
print(sorted(str(p) for p in base.glob('[dn]*')))
(base / 'empty').touch()
print((base / 'empty').stat().st_size)
try:
    (base / 'empty').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
moved = (base / 'notes.txt').rename(base / 'renamed.txt')
print(repr(moved), moved.exists(), (base / 'notes.txt').exists())
with moved.open() as f:
    print(f.readline().strip())
print(base.resolve() == Path.cwd() / base, base.absolute().is_absolute())
print(Path.cwd() == Path(os.getcwd()), Path('~').expanduser() == Path.home())
print(base.joinpath('src', 'main.py').samefile(str(base / 'src' / 'main.py')))
try:
    (base / 'missing').unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
(base / 'missing').unlink(missing_ok=True)
try:
    base.rmdir()
except OSError as e:
    print(type(e).__name__, e)
try:
    (base / 'nope.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    moved.write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)

# clean up, deepest first
for path in sorted(base.rglob('*'), key=lambda p: len(p.parts), reverse=True):
    path.rmdir() if path.is_dir() else path.unlink()
base.rmdir()
print(base.exists())

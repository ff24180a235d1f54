# glob over files and directories: directories only with a trailing separator, magic in dirs.
import glob
import os

top = 'glob_files_dirs_tmp'
layout = ['y2023/jan/a.log', 'y2023/feb/b.log', 'y2024/jan/c.log', 'y2024/jan/d.txt', 'y2024/mar/e.log', 'misc/f.log']
for f in layout:
    os.makedirs(os.path.dirname(os.path.join(top, f)), exist_ok=True)
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)
for pattern in ['y20*', 'y20*/', 'y202[34]/*/', 'y*/jan/*', 'y2024/*/*.log', '*/*/*.log', '*/*', '*/*/',
                'y2023/j*/a.*', '*/[jf]*/*', 'misc/*.log', 'misc/*/', '*/*/*/']:
    print(pattern, sorted(glob.glob(os.path.join(top, pattern))))
for pattern in ['**/*.log', '**/jan/', '**/*.txt', '**/']:
    print(pattern, sorted(os.path.relpath(p, top) if not p.endswith('/') else os.path.relpath(p, top) + '/'
                          for p in glob.glob(os.path.join(top, pattern), recursive=True)))
counts = {}
for path in glob.iglob(os.path.join(top, '**', '*.log'), recursive=True):
    year = path.split(os.sep)[1]
    counts[year] = counts.get(year, 0) + 1
print(sorted(counts.items()))
for root, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(top)

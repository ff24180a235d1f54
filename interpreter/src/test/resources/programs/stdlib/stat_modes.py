# stat: file-type tests, S_IMODE/S_IFMT and filemode
import stat

modes = [0o100644, 0o40755, 0o104755, 0o42777, 0o120777, 0o20620, 0o60660, 0o10644,
         0o140755, 0o102644, 0o101600, 0o100000, 0, 0o107777, 0o43770]
for m in modes:
    tests = [name for name in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO',
                               'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT')
             if getattr(stat, name)(m)]
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), tests)
names = sorted(n for n in dir(stat) if n[:1].isupper())
print(len(names))
for n in names:
    v = getattr(stat, n)
    print(n, oct(v) if isinstance(v, int) else v.__name__)
for bad in (lambda: stat.S_ISDIR('x'), lambda: stat.S_IFMT(-1), lambda: stat.filemode(1.5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)

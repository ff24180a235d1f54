# struct sequences: __match_args__, field counts, __reduce__, construction with named extras
import os
import sys
import time

vi = sys.version_info
VersionInfo = type(vi)
print(type(vi).__match_args__)
print(vi.__reduce__()[0] is type(vi), vi.__reduce__()[1][0] == tuple(vi), vi.__reduce__()[1][1])
match vi:
    case (3, minor, *_):
        print('sequence pattern, major 3', minor >= 0)
match vi:
    case VersionInfo(3, m):
        print('class pattern', m >= 0)
print(sys.flags.__match_args__[:4])
print(type(sys.float_info).__match_args__[:3], type(sys.float_info).n_fields)

t = time.gmtime(86400 * 365)
print(time.struct_time.__match_args__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields,
      time._STRUCT_TM_ITEMS)
cls, args = t.__reduce__()
print(cls is time.struct_time, args)
print(cls(*args) == t, cls(*args).tm_zone, cls(*args).tm_gmtoff)
match t:
    case time.struct_time(year, month, day):
        print('positional', year, month, day)
bare = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(bare.tm_zone, bare.tm_gmtoff, len(bare))
named = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0), {'tm_zone': 'XYZ', 'tm_gmtoff': 3600})
print(named.tm_zone, named.tm_gmtoff, named == bare)
longer = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC'), {'tm_zone': 'ignored'})
print(longer.tm_zone, longer.tm_gmtoff)

print(os.stat_result.__match_args__)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
s = os.stat_result(range(10))
print(s)
print(s.st_atime, s.st_mtime_ns, s.st_rdev)
cls, args = s.__reduce__()
print(cls is os.stat_result, args[0], sorted(args[1].items()))
s2 = os.stat_result(range(10), {'st_atime': 7.5, 'st_blksize': 4096})
print(s2.st_atime, s2.st_blksize, s2.st_mtime)
match s:
    case os.stat_result(mode, ino):
        print('stat positional', mode, ino)
real = os.stat('.')
rcls, rargs = real.__reduce__()
print(len(rargs[0]), sorted(rargs[1]))
print(os.stat_result(*rargs) == real, os.stat_result(*rargs).st_mtime_ns == real.st_mtime_ns)
for bad in (range(9), range(20)):
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError:', e)

# Pickling date/time/datetime/timedelta/timezone: the bytes states CPython's pickles carry
# (byte-identical pickles for protocols 0-5, fold in the high bits from protocol 4) and
# loading them back.
import pickle
from datetime import date, time, datetime, timedelta, timezone

est = timezone(timedelta(hours=-5), 'EST')
values = [date(2024, 5, 6), date(1, 1, 1), date(9999, 12, 31),
          time(1, 2, 3, 4, timezone.utc), time(23, 59, 59, 999999, fold=1), time(),
          datetime(2024, 5, 6, 7, 8, 9, 123456, fold=1), datetime(2024, 5, 6, tzinfo=est),
          datetime(1, 1, 1), timedelta(1, 2, 3), timedelta(-1), timezone.utc, est]
for v in values:
    print(repr(v))
    print('   reduce:', v.__reduce__())
    print('   reduce_ex(4):', v.__reduce_ex__(4))
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print('  ', proto, data, back == v, getattr(back, 'fold', None) == getattr(v, 'fold', None))
print(date(b'\x07\xe8\x05\x06'), date('\x07\xe8\x05\x06'), time(b'\x81\x02\x03\x00\x00\x04', est))
print(datetime(b'\x07\xe8\x85\x06\x07\x08\t\x01\xe2@').fold, datetime(b'\x07\xe8\x05\x06\x07\x08\t\x01\xe2@', est))
try:
    date(b'\x07\xe8\x0d\x06')
except TypeError as e:
    print('TypeError:', e)
class MyDate(date):
    pass
print(pickle.loads(pickle.dumps(MyDate(2020, 2, 29), 2)), MyDate(2020, 2, 29).__reduce__())
print(pickle.loads(pickle.dumps([datetime(2000, 1, 2, 3, 4, 5), date(2000, 1, 2)] * 2, 4)))

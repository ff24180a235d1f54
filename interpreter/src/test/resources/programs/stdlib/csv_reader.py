# csv.reader: quoting, escapes, multi-line fields, dialect options and errors
import csv

def show(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        print(list(r), r.line_num)
    except csv.Error as e:
        print('Error:', e)
    except ValueError as e:
        print('ValueError:', e)

show(['a,b,c\r\n', '1,2,3\r\n'])
show(['a,b\n', '\n', '"x\n', 'y",z\n', ' a, "b"\n'])
show(['"quoted ""inner"" text",plain\n', '"a,b",c\n'])
show(['a,"b'])
show(['"a"b,c'])
show(['"a"b,c'], strict=True)
show(['a,"b'], strict=True)
show([' a, "b" ,c'], skipinitialspace=True)
show(['a;b;"c;d"'], delimiter=';')
show(["'a,b',c"], quotechar="'")
show(['a\\,b,c\\\nd', 'e'], escapechar='\\')
show(['"a\\"b",c'], escapechar='\\', doublequote=False)
show(['a,"b",c'], quoting=csv.QUOTE_NONE)
show(['1,2.5,"x",-3e2'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
show(['a\tb\tc'], dialect='excel-tab')
show(['a,b\rc,d'])
show(['a,b\r', '\n'])
show(['a\0b'])
show([b'bytes,line'])
show(['', 'x'])
show(['trailing,\n', ',leading\n', ',\n'])
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
show(['a|"b|c"|d'], dialect='pipes')
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote, d.escapechar)
print(sorted(csv.list_dialects()))
csv.unregister_dialect('pipes')
for bad in (lambda: csv.get_dialect('pipes'), lambda: csv.reader([], delimiter='::'),
            lambda: csv.reader([], quotechar=5), lambda: csv.reader([], quoting=9),
            lambda: csv.reader([], bogus=1), lambda: csv.unregister_dialect('nope')):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__ + ':', e)
old = csv.field_size_limit(5)
show(['123456'])
print(csv.field_size_limit(old), csv.field_size_limit() == old)

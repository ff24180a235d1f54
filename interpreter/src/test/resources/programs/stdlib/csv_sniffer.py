# csv.Sniffer: the dialect guessed from quoted fields or from how regularly characters
# occur per line, the delimiters argument, failures, and has_header's column votes.
import csv

SAMPLES = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\n"Smith, J";42;"New York"\n"Doe";7;"Paris"\n',
    "x|'quoted|text'|y\n1|'a'|2\n",
    'a\tb\tc\n1\t2\t3\n',
    'one, two, three\n1, 2, 3\n4, 5, 6\n',
    '"a","b","c"\n"1","2","3"\n',
    '"he said ""hi""",2\n"x",3\n',
    'a:b:c\n1:2:3\n4:5:6\n7:8:9\n',
    'a b c\n1 2 3\n',
    'a,b;c\n1,2;3\n4,5;6\n',
    '\n'.join('%d;%d,%d' % (i, i * 2, i * 3) for i in range(25)) + '\n',
    'w\nx\ny\n',
    'abc',
    '',
    '"only quoted line"\n',
    "'a' 'b'\n'c' 'd'\n",
    'a,b\n1,2\n3\n4,5,6\n7,8\n',
]
sniffer = csv.Sniffer()
print(sniffer.preferred)
for sample in SAMPLES:
    try:
        d = sniffer.sniff(sample)
        print(repr(sample[:30]), repr(d.delimiter), repr(d.quotechar), d.doublequote,
              d.skipinitialspace, repr(d.lineterminator), d.quoting, d.__name__,
              issubclass(d, csv.Dialect))
        print('   ', list(csv.reader(sample.splitlines(), d))[:3])
    except csv.Error as e:
        print(repr(sample[:30]), 'Error:', e)
for sample, delimiters in [('a,b;c\n1,2;3\n', ';'), ('a,b;c\n1,2;3\n', ','), ('a,b\n1,2\n', ';'),
                           ('x;"y,z";w\n', ','), ('x;"y,z";w\n', ';')]:
    try:
        print(repr(sample), delimiters, repr(sniffer.sniff(sample, delimiters).delimiter))
    except csv.Error as e:
        print(repr(sample), delimiters, 'Error:', e)

HEADERS = [
    'name,age\nann,31\nbob,42\n',
    'a,b\n1,2\n3,4\n',
    'id,code\n1,abc\n2,xyz\n',
    'abc,xyz\ndef,uvw\n',
    'x,y\n1,ab\n2,abc\n',
    'first,last\nann,lee\nbob,ray\n',
    'h1,h2,h3\n1,2\n3,4\n',
    'n,v\n' + ''.join('%d,%d\n' % (i, i * i) for i in range(30)),
    '1,2\n3,4\n',
    'c,d\n1+2j,x\n3,y\n',
    'col\n1+2j\n3\n',
]
for sample in HEADERS:
    try:
        print(repr(sample[:24]), sniffer.has_header(sample))
    except csv.Error as e:
        print(repr(sample[:24]), 'Error:', e)

# csv.writer / DictReader / DictWriter with io.StringIO and a real file
import csv, io, os

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', 'b,c', 'd"e', 'f\ng', '', None, 1.5, 10, True]))
w.writerow([''])
w.writerow([])
w.writerows([['x', 'y'], ('z',), range(3)])
print(repr(s.getvalue()))
for kw in ({'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'delimiter': '\t', 'lineterminator': '\n'},
           {'doublequote': False, 'escapechar': '\\'}, {'dialect': 'unix'}, {'quotechar': "'"}):
    s = io.StringIO()
    csv.writer(s, **kw).writerow(['a b', 'c,d', "q'q", 'q"q', 3, None, 'tab\there'])
    print(kw, repr(s.getvalue()))
for bad in (lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(object())):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__ + ':', e)

name = 'csv_writer_dicts_tmp.csv'
with open(name, 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['name', 'age', 'city'], restval='?')
    dw.writeheader()
    dw.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo'})
    dw.writerows([{'name': 'Bob, Jr.', 'age': 4}, {'name': 'Cy "C"', 'city': 'Rome'}])
with open(name, newline='') as f:
    print(repr(f.read()))
with open(name, newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames, dr.line_num)
    for row in dr:
        print(row, dr.line_num)
os.remove(name)
rows = list(csv.DictReader(['a,b', '1,2,3,4', '', '5'], restkey='extra', restval='-'))
print(rows)
print(list(csv.DictReader(['1,2'], fieldnames=['x', 'y'])), list(csv.DictReader([])))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError:', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError:', e)
s = io.StringIO()
csv.DictWriter(s, ['a'], extrasaction='ignore').writerow({'a': 1, 'zz': 2})
print(repr(s.getvalue()))

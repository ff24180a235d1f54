# add_note: notes are printed after the message; __notes__ attribute; validation.
try:
    raise ValueError('bad input')
except ValueError as e:
    e.add_note('while parsing line 3')
    e.add_note('hint: check the separator')
    print(e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(KeyError(), '__notes__'))


def parse(line):
    try:
        return int(line)
    except ValueError as e:
        e.add_note('line was %r' % line)
        raise


parse('x1')

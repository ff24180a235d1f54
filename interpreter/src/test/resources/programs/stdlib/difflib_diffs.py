# difflib: unified_diff, context_diff, ndiff/Differ and restore
import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, 'old.txt', 'new.txt', '2024-01-01', '2024-02-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'old.txt', 'new.txt')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(a, a)), list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['gone\n'], [])))
text1 = ['1. Beautiful is better than ugly.\n', '2. Explicit is better than implicit.\n',
         '3. Simple is better than complex.\n', '4. Complex is better than complicated.\n']
text2 = ['1. Beautiful is better than ugly.\n', '3.   Simple is better than complex.\n',
         '4. Complicated is better than complex.\n', '5. Flat is better than nested.\n']
delta = list(difflib.ndiff(text1, text2))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)) == ''.join(text1), ''.join(difflib.restore(delta, 2)) == ''.join(text2))
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['a\n', 'b\n'], ['x\n', 'y\n', 'z\n'])))
print(list(difflib.Differ().compare(['same\n', 'tab\there\n'], ['same\n', 'tab\tthere\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))
for bad in (lambda: list(difflib.unified_diff([1], [2])), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=3)),
            lambda: list(difflib.restore([], 3))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

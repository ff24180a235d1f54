# list methods and their error messages.
lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend((3, 5))
lst.insert(0, -1)
lst.insert(100, 99)
lst.insert(-1, 98)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(1), lst.index(5, 5), lst.count(5), len(lst))
lst.reverse()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda v: v % 3)
print(lst)
copy = lst.copy()
lst.clear()
print(lst, copy)
errors = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
          lambda: [1, 'a'].sort(), lambda: [][0], lambda: [1].insert('x', 1), lambda: [1, 2][1:2:0]]
for e in errors:
    try:
        e()
    except (IndexError, ValueError, TypeError) as err:
        print(type(err).__name__ + ':', err)
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'b'), (2, 'a'), (1, 'a')]
print(sorted(pairs, key=lambda p: p[0]))
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0, [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9])
print(list('abc'), list(range(3)), list({'k': 1}), list((1, 2)), list())
x = [1, 2, 3, 4, 5]
x[1:3] = ['a', 'b', 'c']
print(x)
x[::2] = [0, 0, 0]
print(x)
try:
    x[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
x[:] = []
print(x, [1, 2, 3][-5:5], [1, 2, 3][::-2])
try:
    [].pop(0)
except IndexError as e:
    print('IndexError:', e)

# Iterating while mutating: lists see appended items, removing skips items, copies are safe.
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x * 10)
print(items)
nums = [1, 2, 2, 3, 2]
for n in nums:
    if n == 2:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 2]
for n in nums[:]:
    if n == 2:
        nums.remove(n)
print(nums)
seq = [0, 1, 2, 3]
for i, v in enumerate(seq):
    seq[i] = v * v
print(seq)
letters = list('abc')
it = iter(letters)
next(it)
letters.insert(0, 'z')
print(list(it))
d = {'a': 1}
for k in list(d):
    d[k + k] = 0
print(d)

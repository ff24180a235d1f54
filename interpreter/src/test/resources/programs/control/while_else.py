# while loops with else, break, continue; else runs only when the loop ends without break.


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print('found', target, 'at', i)
            break
        i += 1
    else:
        print(target, 'not found')


find([3, 1, 4], 4)
find([3, 1, 4], 5)
n = 0
total = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    total += n
print('total', total)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print('count', count)
while False:
    print('never')
else:
    print('else of a loop that never ran')
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print('inner loop finished for', outer)
    outer += 1
print('done', outer)

# match: capture binding, 'as' patterns, groups, wildcard does not bind, bindings after failure.
match (1, 2):
    case (a, b) as pair:
        print('captured', a, b, pair)
match [1, [2, 3]]:
    case [x, ([y, z] as inner)]:
        print(x, y, z, inner)
match 5:
    case (n):
        print('group pattern binds', n)
match 'anything':
    case _:
        print('wildcard matched')
print('_' in globals())


def binding_on_failure(value):
    m = 'unset'
    match value:
        case [m, 0]:
            pass
        case _:
            pass
    return m


print(binding_on_failure([7, 0]))
print(binding_on_failure(3))
match 3:
    case 1 | 2 as small:
        print('never', small)
    case (3 | 4) as mid:
        print('mid', mid)
match {'a': 1}:
    case {'a': 1 | 2 as found}:
        print('found', found)
count = 0


def guard(x):
    global count
    count += 1
    return x > 1


for v in range(4):
    match v:
        case n if guard(n):
            print('guard passed for', n)
print('guard called', count, 'times')

# and/or return operands, evaluate lazily; not; conditional expressions.
log = []


def t(x):
    log.append(x)
    return x


print(t(0) and t(1), log)
log.clear()
print(t(2) and t(3), log)
log.clear()
print(t('') or t('fallback'), log)
log.clear()
print(t('first') or t('second'), log)
log.clear()
print(t(None) or t(0) or t([]), log)
log.clear()
print(t(1) and t(2) and t(0) and t(3), log)
print(not 0, not 'x', not [], not None)
print([] or {} or (), 5 and 'yes')
for n in range(4):
    print('even' if n % 2 == 0 else 'odd', 'big' if n > 2 else 'small' if n > 0 else 'zero')
log.clear()
r = t('a') if t(False) else t('b')
print(r, log)
print(1 if True else 1 / 0)
x = None
print(x and x.attribute)
print((x or {}).get('k', 'default'))
print(0 or 0.0 or '' or None)
print(1 and 'a' and [1] and (2,))

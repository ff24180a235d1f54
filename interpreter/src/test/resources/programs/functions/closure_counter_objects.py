# Closures versus objects: equivalent counters, and cells shared between sibling closures.


def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError('insufficient funds: balance %d, requested %d' % (balance, amount))
        balance -= amount
        return balance

    def get():
        return balance
    return deposit, withdraw, get


dep, wd, get = make_account(100)
print(dep(50), wd(30), get())
try:
    wd(500)
except ValueError as e:
    print('ValueError:', e)
print(dep.__closure__[0] is wd.__closure__[0] is get.__closure__[0])
print([c.cell_contents for c in get.__closure__])
accounts = [make_account(n) for n in (1, 2, 3)]
for d, w, g in accounts:
    d(10)
print([g() for _, _, g in accounts])

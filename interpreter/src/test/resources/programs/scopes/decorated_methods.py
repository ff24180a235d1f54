# Decorators on methods: staticmethod, classmethod, property, and a custom method decorator.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        result = fn(self, *args)
        print('called %s%r -> %r' % (fn.__name__, args, result))
        return result
    return wrapper


class Account:
    rate = 0.5

    def __init__(self, balance):
        self._balance = balance

    @logged
    def deposit(self, amount):
        self._balance += amount
        return self._balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError('negative balance')
        self._balance = v

    @classmethod
    def default(cls):
        return cls(100)

    @staticmethod
    def interest(amount):
        return amount * Account.rate


acct = Account.default()
acct.deposit(20)
print(acct.balance)
acct.balance = 5
print(acct.balance)
try:
    acct.balance = -1
except ValueError as e:
    print('ValueError:', e)
print(Account.interest(10), acct.interest(4))
print(Account.deposit.__qualname__, Account.deposit.__wrapped__.__qualname__)
print(type(Account.__dict__['default']).__name__, type(Account.__dict__['interest']).__name__)
print(type(Account.__dict__['balance']).__name__)

# __class_getitem__ and generic aliases of builtins.


class Box:
    def __class_getitem__(cls, item):
        return 'Box of %r' % (item,)


print(Box[int], Box['x', 1])
print(list[int], dict[str, list[int]], tuple[int, ...])
alias = list[int]
print(alias.__origin__, alias.__args__, type(alias).__name__)
print(alias([1, 2]))


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print('TypeError:', e)
try:
    5[0]
except TypeError as e:
    print('TypeError:', e)


class Meta(type):
    def __getitem__(cls, item):
        return 'metaclass getitem %r' % (item,)


class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem'


print(Both[1])
print(type[int], type(None) | int)
print(int | str, (int | str).__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str))

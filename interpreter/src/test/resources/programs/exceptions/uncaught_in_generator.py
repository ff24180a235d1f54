# Traceback through generator and genexp frames.


def numbers(limit):
    for i in range(limit):
        yield 10 // (2 - i)


def consume():
    return [n for n in numbers(4)]


print(list(numbers(2)))
consume()

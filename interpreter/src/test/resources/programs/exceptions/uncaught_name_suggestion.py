# Uncaught NameError: 3.11 suggests a close local/global/builtin name.


def compute(values):
    total_sum = 0
    for value in values:
        total_sum += value
    return totl_sum


print(compute([]) if False else 'about to fail')
compute([1, 2])

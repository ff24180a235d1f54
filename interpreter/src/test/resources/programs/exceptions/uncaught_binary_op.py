# Uncaught TypeError in a binary operation: ~~~ for the operands and ^ for the operator.
width = 10
label = 'size: '


def describe():
    return label + width


print(describe())

public_value = 1
_hidden_helper = 2


def public_function():
    pass

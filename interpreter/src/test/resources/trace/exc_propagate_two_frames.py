def inner():
    raise KeyError('x')

def middle():
    inner()

def main():
    try:
        middle()
    except KeyError:
        return 'done'

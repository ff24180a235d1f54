class C:
    def __init__(self):
        raise TypeError('init')

def main():
    try:
        C()
    except TypeError:
        return 'init raised'

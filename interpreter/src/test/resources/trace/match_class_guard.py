class P:
    __match_args__ = ('x',)
    def __init__(self, x):
        self.x = x

def f(p):
    match p:
        case P(x) if x > 0:
            return 'pos'
        case P(x):
            return 'other'

def main():
    return f(P(1)), f(P(-1))

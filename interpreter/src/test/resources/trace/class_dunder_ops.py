class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return V(self.n + other.n)
    def __repr__(self):
        return 'V(%d)' % self.n

def main():
    return V(1) + V(2)

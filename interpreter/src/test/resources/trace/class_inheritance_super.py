class A:
    def hello(self):
        return 'A'

class B(A):
    def hello(self):
        return 'B' + super().hello()

def main():
    return B().hello()

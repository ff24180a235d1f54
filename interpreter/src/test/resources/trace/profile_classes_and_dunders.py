# Instantiating a class calls __init__ (and __new__ when defined) with no c_call for the class
# itself; operators reach Python dunder methods directly; properties are calls too.
class Vector:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y

def main():
    a = Vector(1, 2)
    b = a + Vector(3, 4)
    same = b == Vector(4, 6)
    return b.length2, same, repr(isinstance(b, Vector))

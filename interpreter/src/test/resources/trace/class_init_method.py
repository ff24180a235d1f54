class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y

def main():
    p = Point(1, 2)
    return p.total()

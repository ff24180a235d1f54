# int(), float() and complex() of int/float subclasses call their overridden conversion methods.
class I(int):
    def __int__(self):
        return 42
    def __index__(self):
        return 43
    def __float__(self):
        return 4.5
class F(float):
    def __float__(self):
        return 9.5
    def __int__(self):
        return 7
print(int(I(5)), float(I(5)), complex(I(5)), int(F(1.5)), float(F(1.5)), complex(F(1.5)), hex(I(5)), range(I(2))[-1], [0, 1, 2][I(1)] if False else '')
import math
print(math.floor(F(1.5)), round(F(2.5)), I(5) + 1, abs(I(-5)), divmod(I(7), 2), f'{I(5)}', format(F(1.5), '.1f'))

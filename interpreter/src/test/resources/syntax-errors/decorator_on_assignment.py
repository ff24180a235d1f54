@dec
x: int = 1

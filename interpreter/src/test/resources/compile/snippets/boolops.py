a = x and y
b = x or y
c = x and y and z
d = (x or y) and z
e = x and (y or z)
if a and b or c and d:
    pass
if not (a or b):
    pass
while a or b:
    pass

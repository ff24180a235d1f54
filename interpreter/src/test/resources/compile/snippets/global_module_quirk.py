x = 1
def f():
    global x
    x = 2
print(x)
del x
y = 3

try:
    a()
except* ValueError:
    b()
except* TypeError as e:
    c(e)
try:
    d()
except* E:
    pass
else:
    f()
finally:
    g()

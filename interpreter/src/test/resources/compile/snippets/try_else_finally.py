try:
    a()
except E:
    b()
else:
    c()
finally:
    d()
for i in x:
    try:
        continue
    finally:
        print(i)
while x:
    try:
        break
    except E:
        pass

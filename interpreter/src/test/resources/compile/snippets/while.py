i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
    if i == 8:
        break
else:
    done()
while True:
    step()
    if cond():
        break
while 1:
    pass

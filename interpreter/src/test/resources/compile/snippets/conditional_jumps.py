if a and not b:
    x()
if not a or b:
    y()
if (a or b) and (c or d):
    z()
while not done:
    step()
if a if b else c:
    pass
if a is None or b is not None:
    pass
if x in (1, 2) and y not in [3, 4]:
    pass
r = a and b and c or d

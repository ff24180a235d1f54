def ok():
    pass

if True
    print('never')

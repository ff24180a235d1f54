def f(import):
    pass

@a
@b.c
@d(1,
   2)
def f():
    pass
@x
class C:
    @y
    def m(self):
        pass

# Inheritance and C3 linearisation, method resolution, super chains through diamonds.


class A:
    def who(self):
        return 'A'

    def chain(self):
        return ['A']


class B(A):
    def who(self):
        return 'B'

    def chain(self):
        return ['B'] + super().chain()


class C(A):
    def who(self):
        return 'C'

    def chain(self):
        return ['C'] + super().chain()


class D(B, C):
    def chain(self):
        return ['D'] + super().chain()


print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())


class E(C, B):
    pass


print([k.__name__ for k in E.mro()])


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])
print(issubclass(M, Z), issubclass(X, M), M.__bases__ == (K1, K2, K3))
print([c.__name__ for c in A.__subclasses__()])
print(bool.__mro__, int.__bases__)
print(type.__mro__, object.__bases__)

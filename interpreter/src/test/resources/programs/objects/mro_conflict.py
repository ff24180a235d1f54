# Inconsistent MROs and other class-creation errors raise TypeError.


class A: pass
class B(A): pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromInt(5):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Multi(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromFunc(len):
        pass
except TypeError as e:
    print('TypeError:', e)
print('done')

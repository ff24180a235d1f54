# Methods see module globals at call time, not class attributes; globals changed later are seen.
factor = 2


class Scaler:
    factor = 100

    def scale(self, x):
        return x * factor

    def scale_by_class(self, x):
        return x * self.factor

    def scale_explicit(self, x):
        return x * Scaler.factor


s = Scaler()
print(s.scale(3), s.scale_by_class(3), s.scale_explicit(3))
factor = 5
print(s.scale(3))


def make_class():
    factor = 'enclosing'

    class Inner:
        factor = 'class'

        def get(self):
            return factor
    return Inner


print(make_class()().get())

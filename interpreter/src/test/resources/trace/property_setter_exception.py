class C:
    @property
    def p(self):
        raise AttributeError('nope')

def main():
    return getattr(C(), 'p', 'default')

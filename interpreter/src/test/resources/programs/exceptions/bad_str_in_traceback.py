# An exception whose __str__ fails prints "<exception str() failed>".


class Broken(Exception):
    def __str__(self):
        raise RuntimeError('str is broken')


print('raising Broken')
raise Broken('payload')

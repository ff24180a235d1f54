import os


def where():
    return os.path.basename(os.path.dirname(__file__)) + '/' + os.path.basename(__file__)

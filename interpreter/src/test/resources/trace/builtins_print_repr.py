class R:
    def __repr__(self):
        return 'R!'

def main():
    return repr(R()), str(R())

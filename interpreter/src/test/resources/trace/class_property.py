class C:
    @property
    def v(self):
        return 7

def main():
    return C().v

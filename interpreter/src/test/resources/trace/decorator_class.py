def tag(cls):
    cls.tagged = True
    return cls

def main():
    @tag
    class C:
        x = 1
    return C.tagged

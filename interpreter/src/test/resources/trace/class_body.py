def main():
    class C:
        a = 1
        def m(self):
            return self.a
    return C().m()

def noop():
    pass

def main():
    noop()

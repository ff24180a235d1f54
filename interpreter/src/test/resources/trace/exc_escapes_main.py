def main():
    x = 1
    raise RuntimeError('boom')

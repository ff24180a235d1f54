def main():
    it = iter([])
    return next(it, 'empty')

def main():
    try:
        try:
            [][1]
        except KeyError:
            return 'wrong'
    except IndexError:
        return 'index'

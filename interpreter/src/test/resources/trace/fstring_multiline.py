def main():
    name = 'x'
    return (f'{name}'
            f'{len(name)}')

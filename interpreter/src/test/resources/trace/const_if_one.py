def main():
    if 1:
        x = 'a'
    else:
        x = 'b'
    return x

def main():
    for i in range(2):
        pass
    else:
        i = -1
    return i

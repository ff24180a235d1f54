def main():
    for i in range(5):
        if i == 2:
            break
    return i

def main():
    out = []
    for i in range(4):
        if i % 2:
            continue
        out.append(i)
    return out

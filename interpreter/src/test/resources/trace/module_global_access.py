G = 10

def main():
    global G
    G = G + 1
    return G

def main():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = 3
    return x

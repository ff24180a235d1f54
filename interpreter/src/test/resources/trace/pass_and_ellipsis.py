def main():
    pass
    ...
    return None

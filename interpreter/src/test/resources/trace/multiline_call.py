def main():
    return max(
        1,
        2,
    )

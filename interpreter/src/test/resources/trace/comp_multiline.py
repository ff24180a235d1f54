def main():
    return [
        x
        for x in range(2)
        if x
    ]

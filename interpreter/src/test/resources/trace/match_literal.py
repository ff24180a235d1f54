def classify(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'small'
        case _:
            return 'big'

def main():
    return [classify(0), classify(2), classify(9)]

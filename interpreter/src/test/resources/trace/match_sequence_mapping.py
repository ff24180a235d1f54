def shape(v):
    match v:
        case [a, b]:
            return a + b
        case {'k': k}:
            return k
        case str() as s:
            return s
    return None

def main():
    return [shape([1, 2]), shape({'k': 'kv'}), shape('s'), shape(1.5)]

def main():
    d = {}
    d.setdefault('a', 1)
    d.update(b=2)
    return d.get('a'), sorted(d.keys())

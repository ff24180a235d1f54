def gen():
    yield 'a'
    yield 'b'

def main():
    out = ''
    for c in gen():
        out += c
    return out

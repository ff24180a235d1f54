class O:
    v = 0

def main():
    o = O()
    o.v += 5
    o.v *= 2
    return o.v

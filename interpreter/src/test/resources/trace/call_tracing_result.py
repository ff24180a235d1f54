# modes: plain
def add(a, b):
    return a + b

def main():
    log(_harness_sys.call_tracing(add, (1, 2)))
    try:
        _harness_sys.call_tracing(add, [1, 2])
    except TypeError:
        log('TypeError for a list')

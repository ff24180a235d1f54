# modes: plain
def target():
    a = 1
    _harness_sys.settrace(None)
    b = 2
    return b

def main():
    _harness_sys.settrace(record)
    target()
    log('done')

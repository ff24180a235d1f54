# modes: plain
def main():
    try:
        _harness_sys.settrace()
    except TypeError as e:
        log('TypeError')
    _harness_sys.settrace(42)
    try:
        def f():
            return 1
        f()
    except TypeError as e:
        log('TypeError on call: ' + str(e))
    _harness_sys.settrace(None)
    log('end')

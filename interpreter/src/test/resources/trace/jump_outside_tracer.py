# modes: plain
def main():
    frame = _harness_sys._getframe()
    try:
        frame.f_lineno = frame.f_lineno + 1
    except ValueError as e:
        log('ValueError: ' + str(e))

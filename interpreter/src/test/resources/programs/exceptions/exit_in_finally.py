# exit() (the site builtin) called in a finally block while another exception propagates.


def work():
    try:
        raise RuntimeError('original problem')
    finally:
        print('cleaning up, then exit(4)')
        exit(4)


work()

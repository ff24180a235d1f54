# Uncaught exception raised by __exit__ while the body raised: both tracebacks are printed.


class Closer:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise RuntimeError('close failed')


with Closer():
    {}['missing']

# Tracebacks through decorator wrapper frames and functools.wraps-wrapped functions.
import functools


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return fn(*args)
                except ConnectionError:
                    print('attempt', attempt + 1, 'failed')
            return fn(*args)
        return wrapper
    return deco


@retry(2)
def connect(host):
    raise ConnectionError('cannot reach ' + host)


connect('example')

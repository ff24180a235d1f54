# modes: plain
import sys as _s

def target(out):
    try:
        raise KeyError('k')
    except KeyError:
        out.append(type(_s.exc_info()[1]).__name__)
        out.append('more')
    out.append(_s.exc_info()[1] is None)

def main():
    run_jump(target, 4, 6)

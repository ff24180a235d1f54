# modes: plain
# A raising profile function unsets only the profiler.
def target():
    return len('ab')

def prof(frame, event, arg):
    log('prof ' + fmt(frame, event, arg))
    if event == 'c_call':
        raise IndexError('profiler failed')

def main():
    _harness_sys.setprofile(prof)
    try:
        target()
    except IndexError:
        log('caught IndexError')
    log('getprofile is None: ' + str(_harness_sys.getprofile() is None))

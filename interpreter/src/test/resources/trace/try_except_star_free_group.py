def main():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        r = 'star'
    return r

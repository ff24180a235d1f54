def main():
    x = 1
    del x
    try:
        x
    except UnboundLocalError:
        return 'unbound'

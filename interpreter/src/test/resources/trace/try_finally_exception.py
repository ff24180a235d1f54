def main():
    try:
        try:
            {}['missing']
        finally:
            x = 1
    except KeyError:
        return 'key'

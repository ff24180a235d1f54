def main():
    s = ('  abc  '
         .strip()
         .upper())
    return s

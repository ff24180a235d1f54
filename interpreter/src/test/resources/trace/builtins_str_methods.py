def main():
    s = 'a,b'
    parts = s.split(',')
    return '-'.join(parts).upper()

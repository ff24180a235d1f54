# SystemExit with a message goes to stderr with status 1; finally blocks run first.
try:
    print('working')
    raise SystemExit('fatal: stopping')
finally:
    print('cleanup')

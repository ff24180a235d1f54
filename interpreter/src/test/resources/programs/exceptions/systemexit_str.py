# SystemExit with a string: printed to stderr, exit status 1.
print('exiting with a message')
raise SystemExit('fatal: configuration missing')

def helper(x):
    return 'helped %s' % x

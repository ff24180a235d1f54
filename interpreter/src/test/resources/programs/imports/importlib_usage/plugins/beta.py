print('loading beta')
NAME = 'beta'

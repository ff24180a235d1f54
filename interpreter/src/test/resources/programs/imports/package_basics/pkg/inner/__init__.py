print('running pkg/inner/__init__.py')

print('running pkg/sub.py as', __name__)
value = 'sub value'

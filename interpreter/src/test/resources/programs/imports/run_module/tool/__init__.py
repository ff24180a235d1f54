print('tool/__init__ runs as', __name__)

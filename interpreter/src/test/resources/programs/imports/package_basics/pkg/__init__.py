"""The pkg package."""
init_count = 0
init_count += 1
greeting = 'hello from pkg/__init__'
print('running pkg/__init__.py as', __name__)

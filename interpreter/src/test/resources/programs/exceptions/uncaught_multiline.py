# Uncaught exception in an expression spanning several lines: no markers, all lines shown.


def fetch(data, key):
    return data[key]


settings = {'a': 1}
result = (
    fetch(settings, 'a') +
    fetch(settings,
          'missing')
)

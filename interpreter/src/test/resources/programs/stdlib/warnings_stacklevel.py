# stacklevel picks the reported line; the default showwarning output on stderr
import sys
import warnings

warnings.simplefilter('always')


def deprecated_api():
    warnings.warn('deprecated_api is old', DeprecationWarning, stacklevel=2)


def caller():
    deprecated_api()


def deep():
    warnings.warn('from deep', UserWarning, stacklevel=3)


def middle():
    deep()


caller()
middle()
warnings.warn('top level', stacklevel=1)
warnings.warn('too deep', stacklevel=50)
sys.stderr.flush()
print('done')

# Namespace packages: a directory without __init__.py.
import os
import nspkg.mod
import nspkg
print(nspkg.mod.VALUE, nspkg.__file__, [os.path.basename(p) for p in nspkg.__path__])
print(nspkg.__name__, nspkg.__package__, nspkg.mod.__package__, type(nspkg.__path__).__name__)
from nspkg import other
print(other.VALUE)

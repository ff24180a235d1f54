from a import (b, c,)
from d import e, f,

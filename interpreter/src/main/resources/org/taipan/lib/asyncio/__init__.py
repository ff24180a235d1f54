"""asyncio: an event loop with tasks, futures and the tools to combine them.

Taipan's own implementation, in Python. Missing so far: streams, sockets,
subprocesses, signals and transports/protocols (there is no selector yet).
"""

import sys

from .exceptions import *
from .events import *
from .futures import *
from .coroutines import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *
from .timeouts import *
from .taskgroups import *
from .threads import *
from .base_events import BaseEventLoop, SelectorEventLoop
from .events import DefaultEventLoopPolicy

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + coroutines.__all__
           + tasks.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + timeouts.__all__ + taskgroups.__all__ + threads.__all__
           + ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy'))

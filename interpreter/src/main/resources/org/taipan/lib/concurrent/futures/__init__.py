"""concurrent.futures: run callables in worker threads and wait for their results.

Taipan's own, minimal implementation: Future, ThreadPoolExecutor, wait,
as_completed. Missing: ProcessPoolExecutor.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                    TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                    wait, as_completed)
from .thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor')

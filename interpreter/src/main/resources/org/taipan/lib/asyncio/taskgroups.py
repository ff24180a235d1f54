"""TaskGroup (3.11): tasks that finish together; failures gathered in an ExceptionGroup.

Taipan's own implementation. The first failing child cancels its siblings
and the task that owns the group; leaving the `async with` block waits for
every child, then raises BaseExceptionGroup('unhandled errors in a TaskGroup')
with the children's exceptions (in the order they failed).
"""

from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


class TaskGroup:

    def __init__(self):
        self._loop = self._parent_task = None
        # entered: inside `async with`; exiting: in __aexit__; aborting: siblings cancelled
        self._entered = self._exiting = self._aborting = False
        self._parent_cancel_requested = False
        # A dict as an ordered set: siblings are cancelled in creation order.
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        text = '<TaskGroup'
        if self._tasks:
            text += f' tasks={len(self._tasks)}'
        if self._errors:
            text += f' errors={len(self._errors)}'
        if self._aborting:
            text += ' cancelling'
        elif self._entered:
            text += ' entered'
        return text + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        cancelled_here = None
        if exc is not None and self._is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        if exc_type is not None:
            if exc_type is exceptions.CancelledError:
                if not (self._parent_cancel_requested and not self._parent_task.uncancel()):
                    cancelled_here = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as again:
                if not self._aborting:
                    cancelled_here = again
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancelled_here is not None and not self._errors:
            raise cancelled_here
        if exc_type is not None and exc_type is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        options = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **options)
        if name is not None:
            task.set_name(name)
        self._tasks[task] = None
        task.add_done_callback(self._child_done)
        return task

    @staticmethod
    def _is_fatal(exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _child_done(self, task):
        del self._tasks[task]
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if self._base_error is None and self._is_fatal(error):
            self._base_error = error
        parent = self._parent_task
        if parent.done():
            # Nobody left to raise it to: report it to the loop.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{parent} is already completed',
                'exception': error, 'task': task})
        elif not (self._aborting or self._parent_cancel_requested):
            # The first failure: stop the siblings, and interrupt the parent's block.
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()

# queue's exceptions and argument errors.
import queue

print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
q = queue.Queue(1)
s = queue.SimpleQueue()
checks = [
    ('get_nowait empty', q.get_nowait),
    ('get non-blocking', lambda: q.get(False)),
    ('get timeout', lambda: q.get(timeout=0.01)),
    ('get negative timeout', lambda: q.get(timeout=-1)),
    ('put', lambda: q.put('x')),
    ('put_nowait full', lambda: q.put_nowait('y')),
    ('put timeout', lambda: q.put('y', timeout=0.01)),
    ('put negative timeout', lambda: q.put('y', timeout=-0.5)),
    ('put non-blocking', lambda: q.put('y', block=False)),
    ('simple get_nowait', s.get_nowait),
    ('simple get timeout', lambda: s.get(timeout=0.01)),
    ('simple negative timeout', lambda: s.get(timeout=-1)),
    ('simple args', lambda: queue.SimpleQueue(3)),
]
for label, call in checks:
    try:
        print(label, '->', call())
    except (queue.Empty, queue.Full) as e:
        print(label, '->', type(e).__name__, repr(e))
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
print('task_done', q.unfinished_tasks)
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
print('join returns at once with no tasks:', q.join())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('caught Empty by name')
try:
    raise queue.Full('custom message')
except queue.Full as e:
    print(e.args)
q.get()
print(q.empty(), q.qsize())

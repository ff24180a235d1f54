# heapq as a priority queue with entries that can be cancelled
import heapq
import itertools

pq = []
entry_finder = {}
REMOVED = '<removed-task>'
counter = itertools.count()


def add_task(task, priority=0):
    if task in entry_finder:
        remove_task(task)
    count = next(counter)
    entry = [priority, count, task]
    entry_finder[task] = entry
    heapq.heappush(pq, entry)


def remove_task(task):
    entry = entry_finder.pop(task)
    entry[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del entry_finder[task]
            return task
    raise KeyError('pop from an empty priority queue')


for name, prio in [('write', 5), ('test', 3), ('ship', 9), ('plan', 1), ('review', 3)]:
    add_task(name, prio)
add_task('ship', 2)
remove_task('test')
order = []
while True:
    try:
        order.append(pop_task())
    except KeyError as e:
        print('done:', e)
        break
print(order)

# clocks are monotonic where documented; sleep arguments and errors
import time

a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b >= a + 0.005, time.perf_counter() <= time.perf_counter())
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
print(sorted(time.get_clock_info('perf_counter').__dict__))
for bad in (-1, 'x', None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
time.sleep(0)
print(time.thread_time() >= 0, time.process_time() >= 0, isinstance(time.time_ns(), int))
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError:', e)

# time: clocks move forward, *_ns agree with the float clocks, sleep's errors.
import time

t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
time.sleep(0.01)
t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
print(t1 >= t0, m1 - m0 >= 0.009, p1 - p0 >= 0.009, t0 > 1.6e9)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, type(time.process_time()).__name__, time.process_time_ns() >= 0)
print(time.monotonic_ns() <= time.monotonic_ns(), time.sleep(0))
for expr in ['time.sleep(-1)', 'time.sleep("1")', 'time.sleep()', 'time.time(1)']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

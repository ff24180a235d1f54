"""json speed, in-process: builds a deterministic document (about 1 MB of JSON text), then
times json.dumps and json.loads over it, ROUNDS measured rounds after WARMUP rounds, and prints
the median and best seconds of each. Run by bench/json.sh under Taipan and under CPython."""
import json
import sys
import time

warmup = int(sys.argv[1]) if len(sys.argv) > 1 else 3
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5


def document():
    # Records like a typical API answer: strings (some non-ASCII), ints, floats, bools,
    # nulls, nested lists and objects.
    rows = []
    for i in range(6000):
        rows.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "city": ["Zürich", "Paris", "東京", "New York"][i % 4],
            "score": (i * 7919 % 10007) / 97.0,
            "active": i % 3 == 0,
            "manager": None if i % 5 else i // 5,
            "tags": ["t%d" % (i % 13), "g%d" % (i % 7)],
            "history": [{"year": 2000 + k, "value": i * k * 0.5} for k in range(3)],
        })
    return {"count": len(rows), "rows": rows}


doc = document()
text = json.dumps(doc)
assert json.loads(text) == doc


def timed(f):
    w, c = time.perf_counter(), time.process_time()
    f()
    return time.perf_counter() - w, time.process_time() - c


def measure(name, f):
    for _ in range(warmup):
        f()
    runs = [timed(f) for _ in range(rounds)]
    wall = sorted(r[0] for r in runs)
    cpu = sorted(r[1] for r in runs)
    print("%-6s wall median %.4f s best %.4f s  cpu median %.4f s"
          % (name, wall[len(wall) // 2], wall[0], cpu[len(cpu) // 2]))


print("document: %d bytes of JSON" % len(text.encode()))
measure("dumps", lambda: json.dumps(doc))
measure("loads", lambda: json.loads(text))

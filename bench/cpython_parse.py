"""CPython side of the parse benchmark, started by ParseStdlibBenchmark with the real python3
binary: reads every file named in LIST_FILE into memory, then times ast.parse over all of them
for WARMUP unmeasured and ROUNDS measured rounds. Like the Java side it parses from bytes, so
both sides include the source decoding (BOM, coding declaration, UTF-8).

Prints "round <seconds>" per measured round, then "rejected <path>" for each file ast.parse
rejects (SyntaxError, or ValueError for e.g. null bytes).

Usage: python3 bench/cpython_parse.py LIST_FILE WARMUP ROUNDS
"""
import ast
import sys
import time


def parse_all(sources):
    rejected = []
    for path, data in sources:
        try:
            ast.parse(data, path)
        except (SyntaxError, ValueError):
            rejected.append(path)
    return rejected


def main():
    list_file, warmup, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(list_file, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    for _ in range(warmup):
        parse_all(sources)
    rejected = []
    for _ in range(rounds):
        start = time.perf_counter()
        rejected = parse_all(sources)
        print("round %.6f" % (time.perf_counter() - start), flush=True)
    for path in rejected:
        print("rejected " + path)


if __name__ == "__main__":
    main()

"""CPython side of the parse benchmark, driven by ParseStdlibBenchmark with the real python3
binary so that CPython and Taipan rounds can alternate (on a shared machine both then see the
same load). Reads every file named in LIST_FILE into memory, prints "ready", then obeys one
command per line on stdin:

  warmup    parse every file once, unmeasured; answers "done"
  round     parse every file once; answers "round <wall seconds> <process CPU seconds>"
  rejected  answers "rejected <path>" for each file the last round rejected, then "end"

Like the Java side it parses from bytes, so both include the source decoding (BOM, coding
declaration, UTF-8). A file is rejected when ast.parse raises SyntaxError (or ValueError, e.g.
for null bytes).

Usage: python3 bench/cpython_parse.py LIST_FILE
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
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    print("ready", flush=True)
    rejected = []
    for command in sys.stdin:
        command = command.strip()
        if command == "warmup":
            rejected = parse_all(sources)
            print("done", flush=True)
        elif command == "round":
            start = time.perf_counter()
            cpu_start = time.process_time()
            rejected = parse_all(sources)
            cpu = time.process_time() - cpu_start
            print("round %.6f %.6f" % (time.perf_counter() - start, cpu), flush=True)
        elif command == "rejected":
            for path in rejected:
                print("rejected " + path)
            print("end", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Counts which opcodes a program executes most, under CPython (run with python3).

Used to order the evaluation loop's dispatch (interpreter/.../vm/DispatchOrder.java): Taipan's
instructions follow CPython 3.11's, so CPython's dynamic counts stand for ours (CPython's
PRECALL is part of our CALL; its forward/backward jump pairs are one jump each in Taipan).

    python3 tools/opcode_frequencies.py [LIMIT] bench/programs/*.py

Counts the first LIMIT instructions (default 400000) of each program through sys.settrace's
'opcode' events and prints the totals over all programs, most frequent first.
"""
import collections
import dis
import os
import subprocess
import sys

CHILD = r'''
import collections, dis, os, runpy, sys
limit = int(sys.argv[1])
program = sys.argv[2]
seen = collections.Counter()
count = [0]
def on_event(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == "opcode":
        seen[dis.opname[frame.f_code.co_code[frame.f_lasti]]] += 1
        count[0] += 1
        if count[0] >= limit:
            finish()
    return on_event
def finish():
    sys.settrace(None)
    for name, n in seen.items():
        sys.__stderr__.write(f"{name} {n}\n")
    sys.__stderr__.flush()
    os._exit(0)
sys.argv = [program]
sys.stdout = open(os.devnull, "w")
sys.settrace(on_event)
runpy.run_path(program, run_name="__main__")
sys.settrace(None)
finish()
'''


def main(argv):
    limit = 400000
    if argv and argv[0].isdigit():
        limit = int(argv.pop(0))
    totals = collections.Counter()
    for program in argv:
        directory = os.path.dirname(os.path.abspath(program))
        done = subprocess.run([sys.executable, "-c", CHILD, str(limit), os.path.basename(program)],
                              cwd=directory, capture_output=True, text=True)
        for line in done.stderr.splitlines():
            name, _, n = line.rpartition(" ")
            if name in dis.opmap and n.isdigit():
                totals[name] += int(n)
    for name, n in totals.most_common():
        print(f"{n:10d} {name}")


if __name__ == "__main__":
    main(sys.argv[1:])

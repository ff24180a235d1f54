#!/usr/bin/env python3
"""Measure how much of our Python library repeats CPython's Lib/ text.

For every .py file under LIBDIR that has a namesake in CPython's stdlib, both
files are normalised (whitespace collapsed, blank and comment lines dropped).
A line of ours counts as "covered" when it lies inside a run of RUN
consecutive lines that also occurs, consecutively, in CPython's file.  The
report lists, worst first: coverage percentage, longest shared run, number of
normalised lines, file name.  Only figures are printed, never library text.

Usage: check_originality.py LIBDIR [RUN] [--stdlib DIR] [--max-coverage PCT]
                                   [--max-run N] [--exceptions FILE]

Exit status: 0 when every file not named in the exceptions file stays within
--max-coverage percent and its longest shared run is below --max-run lines;
1 otherwise; 2 on bad arguments.  Without limits it only reports (status 0).
The Java test LibraryOriginalityTest applies the same rule (15%, run of 10).
"""
import argparse
import os
import sys
import sysconfig


def normalised_lines(path):
    """The file's lines with whitespace collapsed, blanks and comments dropped."""
    lines = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for raw in f:
            line = ' '.join(raw.split())
            if line and not line.startswith('#'):
                lines.append(line)
    return lines


def measure(ours, theirs, run):
    """(covered line count, longest shared run) of `ours` against `theirs`."""
    windows = {tuple(theirs[i:i + run]) for i in range(len(theirs) - run + 1)}
    covered = [False] * len(ours)
    for i in range(len(ours) - run + 1):
        if tuple(ours[i:i + run]) in windows:
            covered[i:i + run] = [True] * run
    # Longest common run of consecutive lines: dynamic programming over the
    # positions where a line of ours equals a line of theirs.
    where = {}
    for j, line in enumerate(theirs):
        where.setdefault(line, []).append(j)
    longest = 0
    previous = {}
    for line in ours:
        current = {}
        for j in where.get(line, ()):
            length = previous.get(j - 1, 0) + 1
            current[j] = length
            longest = max(longest, length)
        previous = current
    return sum(covered), longest


def library_files(libdir):
    for root, _, names in os.walk(libdir):
        for name in sorted(names):
            if name.endswith('.py'):
                path = os.path.join(root, name)
                yield os.path.relpath(path, libdir).replace(os.sep, '/'), path


def read_exceptions(path):
    if not path:
        return set()
    with open(path, encoding='utf-8') as f:
        return {l.split()[0] for l in f if l.strip() and not l.startswith('#')}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('libdir')
    parser.add_argument('run', nargs='?', type=int, default=5)
    parser.add_argument('--stdlib', default=sysconfig.get_paths()['stdlib'])
    parser.add_argument('--max-coverage', type=float)
    parser.add_argument('--max-run', type=int)
    parser.add_argument('--exceptions')
    args = parser.parse_args(argv)
    if args.run < 1 or not os.path.isdir(args.libdir) or not os.path.isdir(args.stdlib):
        parser.error('RUN must be positive and LIBDIR, --stdlib directories')
    allowed = read_exceptions(args.exceptions)
    rows = []
    for rel, path in library_files(args.libdir):
        reference = os.path.join(args.stdlib, rel)
        if not os.path.isfile(reference):
            continue
        ours = normalised_lines(path)
        covered, longest = measure(ours, normalised_lines(reference), args.run)
        rows.append((100.0 * covered / max(1, len(ours)), longest, len(ours), rel))
    failed = False
    for pct, longest, count, rel in sorted(rows, reverse=True):
        over = ((args.max_coverage is not None and pct > args.max_coverage)
                or (args.max_run is not None and longest >= args.max_run))
        mark = ''
        if over:
            mark = '  (listed)' if rel in allowed else '  TOO CLOSE'
            failed = failed or rel not in allowed
        print('%5.1f%% run %3d %5d %s%s' % (pct, longest, count, rel, mark))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

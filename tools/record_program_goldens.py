#!/usr/bin/env python3
"""Records CPython 3.11.7's stdout, stderr and exit status for the differential programs.

The programs live in interpreter/src/test/resources/programs/ (see README.md there):

  <area>/<name>.py            a program; run as `python3 <name>.py` from <area>/
  <area>/<case>/main.py       a multi-file program; run as `python3 main.py` from <area>/<case>/;
                              every other file below <area>/<case>/ is a module it imports
  <name>.args                 optional, next to a program: the whole argument list (one per
                              line) given to python3 instead of `<name>.py`; an .args file
                              without a .py of the same name is a case of its own (e.g. -m pkg)
  <name>.stdin                optional: fed to the program's stdin (otherwise stdin is empty)
  <name>.env                  optional: NAME=VALUE lines added to the pinned environment

For each case it writes next to it:

  <name>.out     stdout, exactly (UTF-8)
  <name>.err     stderr, exactly (UTF-8)
  <name>.status  the exit status and a newline

CPython makes the main script's path absolute (so do module paths found through sys.path[0]),
so the absolute path of the case's directory followed by '/' is cut out of stdout and stderr:
tracebacks read File "name.py". ProgramDifferentialTest does the same with Taipan's output.

The real CPython binary (sys.executable of `python3`) runs each case twice in a pinned
environment (PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1, LC_ALL=C.UTF-8,
no other PYTHON* variable); the two runs must agree byte for byte, and a program must not leave
files behind in its directory. Anything else is an error and nothing is written for that case.

Usage:
  tools/record_program_goldens.py                 record every case
  tools/record_program_goldens.py types/int_*.py  record some cases (paths relative to programs/)
  tools/record_program_goldens.py --check         verify the committed goldens, write nothing
"""
import argparse
import fnmatch
import os
import subprocess
import sys

PROGRAMS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                         'interpreter', 'src', 'test', 'resources', 'programs'))
REQUIRED_VERSION = '3.11.7'
TIMEOUT_SECONDS = 60
GOLDEN_SUFFIXES = ('.out', '.err', '.status')


class Case:
    """One program run: where it runs, with which arguments, fed which stdin."""

    def __init__(self, directory, name):
        self.directory = directory      # absolute
        self.name = name                # file name without extension
        self.base = os.path.join(directory, name)

    @property
    def id(self):
        return os.path.relpath(self.base, PROGRAMS).replace(os.sep, '/')

    def argv(self):
        if os.path.exists(self.base + '.args'):
            with open(self.base + '.args', encoding='utf-8') as f:
                return f.read().splitlines()
        return [self.name + '.py']

    def environment(self, pinned):
        env = dict(pinned)
        if os.path.exists(self.base + '.env'):
            with open(self.base + '.env', encoding='utf-8') as f:
                for line in f.read().splitlines():
                    name, eq, value = line.partition('=')
                    if eq:
                        env[name] = value
        return env

    def stdin(self):
        if os.path.exists(self.base + '.stdin'):
            with open(self.base + '.stdin', 'rb') as f:
                return f.read()
        return b''


def cases_in(directory, multi_file):
    """Cases of one folder: every .py (only main.py in a multi-file case) and lone .args."""
    names = set()
    for entry in sorted(os.listdir(directory)):
        stem, ext = os.path.splitext(entry)
        if ext == '.py' and (not multi_file or stem == 'main'):
            names.add(stem)
        elif ext == '.args':
            names.add(stem)
    return [Case(directory, n) for n in sorted(names)]


def all_cases():
    cases = []
    for area in sorted(os.listdir(PROGRAMS)):
        area_dir = os.path.join(PROGRAMS, area)
        if not os.path.isdir(area_dir):
            continue
        cases.extend(cases_in(area_dir, False))
        for sub in sorted(os.listdir(area_dir)):
            case_dir = os.path.join(area_dir, sub)
            if os.path.isdir(case_dir) and sub != '__pycache__':
                cases.extend(cases_in(case_dir, True))
    return cases


def cpython():
    """The real CPython 3.11.7 binary behind `python3`, or exit with the reason."""
    try:
        exe = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                             capture_output=True, text=True, check=True).stdout.strip()
        info = subprocess.run([exe, '-c', 'import platform; print(platform.python_implementation(),'
                                          ' platform.python_version())'],
                              capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit('cannot run python3: %s' % e)
    if info != ['CPython', REQUIRED_VERSION]:
        sys.exit('%s is %s; the goldens must come from CPython %s' % (exe, ' '.join(info),
                                                                         REQUIRED_VERSION))
    return exe


def pinned_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON') and not k.startswith('LC_')}
    env.pop('LANG', None)
    env.pop('LANGUAGE', None)
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1',
               LC_ALL='C.UTF-8')
    return env


def listing(directory):
    found = set()
    for root, dirs, files in os.walk(directory):
        for f in files + dirs:
            found.add(os.path.join(root, f))
    return found


def run_once(exe, case, env):
    """(stdout, stderr, status) of one run, with the case's directory cut out of the text."""
    before = listing(case.directory)
    try:
        proc = subprocess.run([exe] + case.argv(), cwd=case.directory, env=case.environment(env),
                              input=case.stdin(),
                              capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise RecordingError('%s: no exit after %d s' % (case.id, TIMEOUT_SECONDS))
    left = listing(case.directory) - before
    if left:
        raise RecordingError('%s: left files behind: %s' % (case.id, ', '.join(sorted(left))))
    prefix = case.directory + os.sep
    out = proc.stdout.decode('utf-8', 'surrogateescape').replace(prefix, '')
    err = proc.stderr.decode('utf-8', 'surrogateescape').replace(prefix, '')
    return out, err, proc.returncode


class RecordingError(Exception):
    pass


def read_golden(case):
    try:
        with open(case.base + '.out', encoding='utf-8', errors='surrogateescape', newline='') as f:
            out = f.read()
        with open(case.base + '.err', encoding='utf-8', errors='surrogateescape', newline='') as f:
            err = f.read()
        with open(case.base + '.status', encoding='utf-8') as f:
            status = int(f.read())
        return out, err, status
    except (OSError, ValueError):
        return None


def write_golden(case, result):
    out, err, status = result
    with open(case.base + '.out', 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
        f.write(out)
    with open(case.base + '.err', 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
        f.write(err)
    with open(case.base + '.status', 'w', encoding='utf-8', newline='') as f:
        f.write('%d\n' % status)


def orphans(cases):
    """Golden files with no case any more."""
    bases = {c.base for c in cases}
    found = []
    for path in sorted(listing(PROGRAMS)):
        stem, ext = os.path.splitext(path)
        if ext in GOLDEN_SUFFIXES and stem not in bases:
            found.append(os.path.relpath(path, PROGRAMS))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='compare with the committed goldens instead of writing them')
    parser.add_argument('patterns', nargs='*',
                        help='cases to record: glob patterns of paths relative to programs/')
    args = parser.parse_args()
    exe = cpython()
    env = pinned_environment()
    cases = all_cases()
    if args.patterns:
        wanted = [p[:-3] if p.endswith('.py') else p[:-5] if p.endswith('.args') else p
                  for p in args.patterns]
        cases = [c for c in cases if any(fnmatch.fnmatch(c.id, w) for w in wanted)]
        if not cases:
            sys.exit('no case matches %s' % ' '.join(args.patterns))
    problems = []
    for case in cases:
        try:
            first = run_once(exe, case, env)
            second = run_once(exe, case, env)
            if first != second:
                raise RecordingError('%s: two runs differ (nondeterministic output)' % case.id)
            if args.check:
                if read_golden(case) != first:
                    raise RecordingError('%s: the committed goldens are stale' % case.id)
            else:
                write_golden(case, first)
        except RecordingError as e:
            problems.append(str(e))
            print('ERROR ' + str(e), file=sys.stderr)
    print('%d cases %s in %s' % (len(cases) - len(problems), 'checked' if args.check else 'recorded',
                                 PROGRAMS))
    stale = orphans(all_cases())
    if stale:
        print('golden files without a program (delete them): ' + ', '.join(stale))
    if problems:
        sys.exit('%d cases failed' % len(problems))


if __name__ == '__main__':
    main()

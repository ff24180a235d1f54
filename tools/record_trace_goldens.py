#!/usr/bin/env python3
"""Records CPython 3.11.7's sys.settrace / sys.setprofile events for the tracing scenarios.

Scenarios live in interpreter/src/test/resources/trace/<name>.py. Each defines main() (and
whatever it needs). The runnable program is the scenario, then trace/_harness.py, then the line
`_harness_run('<mode>')`, so the scenario's line numbers are the file's own. Modes:

  trace     main() runs under sys.settrace(record)
  profile   main() runs under sys.setprofile(record)
  plain     main() runs as is; it installs its own tracers (jumps, custom trace functions)

A scenario picks its modes with a line `# modes: plain` (default: `trace profile`). For each
mode the program's stdout (one line per event, see _harness.py) is written to
<name>.<mode>.out. Scenarios whose expectations cannot come from CPython 3.11 (our documented
differences, e.g. sys.call_tracing tracing its function) carry `# golden: by-hand` and are
skipped here; their .out files are written by hand and explained in the scenario.

TraceConformanceTest composes the same program, runs it through Taipan, and compares stdout.

Usage:
  tools/record_trace_goldens.py            record every scenario
  tools/record_trace_goldens.py gen_*      record some scenarios (glob on the name)
  tools/record_trace_goldens.py --check    verify the committed goldens, write nothing
"""
import argparse
import fnmatch
import os
import subprocess
import sys
import tempfile

TRACE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                      'interpreter', 'src', 'test', 'resources', 'trace'))
REQUIRED_VERSION = '3.11.7'
TIMEOUT_SECONDS = 60


def modes_of(source):
    for line in source.splitlines()[:10]:
        if line.startswith('# modes:'):
            return line[len('# modes:'):].split()
    return ['trace', 'profile']


def by_hand(source):
    return any(line.strip() == '# golden: by-hand' for line in source.splitlines()[:10])


def compose(source, harness, mode):
    if not source.endswith('\n'):
        source += '\n'
    return source + harness + "\n_harness_run('" + mode + "')\n"


def run(python, name, program):
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'PYTHONHASHSEED': '0',
           'PYTHONIOENCODING': 'utf-8', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name + '.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(program)
        p = subprocess.run([python, name + '.py'], cwd=d, env=env, capture_output=True,
                           timeout=TIMEOUT_SECONDS)
    return p.stdout.decode('utf-8'), p.stderr.decode('utf-8'), p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('patterns', nargs='*')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    python = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                            capture_output=True, text=True, check=True).stdout.strip()
    version = subprocess.run([python, '-c', 'import platform; print(platform.python_version())'],
                             capture_output=True, text=True, check=True).stdout.strip()
    if version != REQUIRED_VERSION:
        sys.exit('need CPython %s, found %s' % (REQUIRED_VERSION, version))
    with open(os.path.join(TRACE, '_harness.py'), encoding='utf-8') as f:
        harness = f.read()
    failures = 0
    count = 0
    for file in sorted(os.listdir(TRACE)):
        if not file.endswith('.py') or file.startswith('_'):
            continue
        name = file[:-3]
        if args.patterns and not any(fnmatch.fnmatch(name, p) for p in args.patterns):
            continue
        with open(os.path.join(TRACE, file), encoding='utf-8') as f:
            source = f.read()
        if by_hand(source):
            continue
        for mode in modes_of(source):
            out, err, status = run(python, name, compose(source, harness, mode))
            again = run(python, name, compose(source, harness, mode))
            if (out, err, status) != again:
                print('%s.%s: two runs differ' % (name, mode))
                failures += 1
                continue
            if status != 0 or err:
                print('%s.%s: status %d, stderr:\n%s' % (name, mode, status, err))
                failures += 1
                continue
            golden = os.path.join(TRACE, name + '.' + mode + '.out')
            count += 1
            if args.check:
                with open(golden, encoding='utf-8') as f:
                    if f.read() != out:
                        print('%s.%s: golden differs' % (name, mode))
                        failures += 1
            else:
                with open(golden, 'w', encoding='utf-8') as f:
                    f.write(out)
    print('%d goldens %s, %d problems' % (count, 'checked' if args.check else 'written', failures))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Records CPython 3.11.7's stdout for the container snippets.

The snippets live in interpreter/src/test/resources/containers/<name>.py: each prints what it
checks (list, tuple, dict, set, range, slice and iterator behaviour, including error messages
caught and printed by the snippet itself, and set iteration order). This writes <name>.out
next to each; ContainerSnippetTest runs the snippets through Taipan's compiler and evaluation
loop and requires the same stdout. A snippet must exit with status 0 and write nothing to
stderr; each is run twice with PYTHONHASHSEED=0 and both runs must agree.

Usage:
  tools/record_container_goldens.py           record every snippet
  tools/record_container_goldens.py --check   verify the committed goldens, write nothing
"""
import os
import subprocess
import sys

SNIPPETS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                         'interpreter', 'src', 'test', 'resources', 'containers'))


def python():
    exe = subprocess.run(['python3', '-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'],
                         capture_output=True, text=True, check=True).stdout.split()
    if exe[1] != '3.11.7':
        sys.exit('python3 is CPython %s, not 3.11.7: refusing to record' % exe[1])
    return exe[0]


def run(exe, name):
    env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'PYTHONHASHSEED': '0',
           'PYTHONIOENCODING': 'utf-8', 'PYTHONDONTWRITEBYTECODE': '1', 'LC_ALL': 'C.UTF-8'}
    p = subprocess.run([exe, name], cwd=SNIPPETS, env=env, capture_output=True)
    if p.returncode != 0 or p.stderr:
        raise RuntimeError('%s: status %d, stderr %r' % (name, p.returncode, p.stderr[:400]))
    return p.stdout


def main():
    check = '--check' in sys.argv[1:]
    exe = python()
    bad = 0
    for name in sorted(n for n in os.listdir(SNIPPETS) if n.endswith('.py')):
        out = run(exe, name)
        if run(exe, name) != out:
            sys.exit('%s: two runs differ' % name)
        golden = os.path.join(SNIPPETS, name[:-3] + '.out')
        if check:
            with open(golden, 'rb') as f:
                if f.read() != out:
                    print('differs:', name)
                    bad += 1
        else:
            with open(golden, 'wb') as f:
                f.write(out)
            print('recorded', name)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Records CPython's stdout, stderr and exit status for the VM golden programs.

Runs every interpreter/src/test/resources/vm/*.py (or the names given) with python3 from that
directory and writes <name>.out, <name>.err, <name>.status next to it. The directory's absolute
path plus '/' is cut from the output, as VmGoldenTest does for Taipan's.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VM = os.path.normpath(os.path.join(HERE, '..', 'interpreter', 'src', 'test', 'resources', 'vm'))


def record(name):
    proc = subprocess.run([sys.executable, name + '.py'], cwd=VM, capture_output=True,
                          env=dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8'))
    prefix = VM + os.sep
    for ext, data in (('out', proc.stdout), ('err', proc.stderr)):
        with open(os.path.join(VM, name + '.' + ext), 'w', encoding='utf-8', newline='') as f:
            f.write(data.decode('utf-8').replace(prefix, ''))
    with open(os.path.join(VM, name + '.status'), 'w') as f:
        f.write('%d\n' % proc.returncode)


def main():
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(VM) if n.endswith('.py'))
    for n in names:
        record(n)
        print('recorded', n)


if __name__ == '__main__':
    main()

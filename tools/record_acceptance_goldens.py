#!/usr/bin/env python3
"""Records what CPython prints for the real-code acceptance sessions.

Each session in interpreter/src/test/resources/acceptance/ drives a module of CPython's own
library (bdb.py, profile.py).  The session runs in a temporary folder next to a copy of that
module taken from the local CPython 3.11 install (never committed), exactly as
RealCodeAcceptanceTest later runs it on Taipan; stdout goes to <session>.out.
"""
import pathlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile

HERE = pathlib.Path(__file__).resolve().parent.parent / 'interpreter/src/test/resources/acceptance'
MODULES = ('bdb.py', 'profile.py')


def main():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit('record with CPython 3.11.7')
    stdlib = pathlib.Path(sysconfig.get_paths()['stdlib'])
    for session in sorted(HERE.glob('*_session.py')):
        with tempfile.TemporaryDirectory() as tmp:
            for name in MODULES:
                shutil.copy(stdlib / name, tmp)
            shutil.copy(session, tmp)
            run = subprocess.run([sys.executable, session.name], cwd=tmp, capture_output=True,
                                 text=True, env={'PYTHONHASHSEED': '0', 'LC_ALL': 'C.UTF-8'})
            if run.returncode != 0:
                sys.exit('%s failed:\n%s' % (session.name, run.stderr))
            session.with_suffix('.out').write_text(run.stdout)
            print('recorded', session.with_suffix('.out').name)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Runs some of CPython's own Lib/test/test_*.py files under Taipan, as a conformance probe.

The files are copied at run time from the local CPython's `test` package into a temporary
directory (with the `test.support` package they import) and never committed. Each file runs as
`Taipan -m unittest test.<name>`; the script prints one line per file: the verdict, the tests
run, failures, errors and skips as unittest counted them, or how the run ended otherwise.

    python3 tools/run_cpython_tests.py test_textwrap test_colorsys ...
    python3 tools/run_cpython_tests.py --show test_colorsys     # also print the run's output
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import test

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = os.path.join(ROOT, 'interpreter', 'target', 'classes')


def stage(tmp, names):
    """Copies the test package's __init__, support/ and the named files under tmp/test."""
    src = os.path.dirname(test.__file__)
    dst = os.path.join(tmp, 'test')
    os.makedirs(dst)
    shutil.copytree(os.path.join(src, 'support'), os.path.join(dst, 'support'),
                    ignore=shutil.ignore_patterns('__pycache__'))
    # shared helpers (mapping_tests, list_tests, ...) and the data some tests read
    for entry in os.listdir(src):
        if entry.endswith(('.py', '.txt')) and not entry.startswith('test_'):
            shutil.copy(os.path.join(src, entry), dst)
    for folder in ('typinganndata', 'data'):
        if os.path.isdir(os.path.join(src, folder)):
            shutil.copytree(os.path.join(src, folder), os.path.join(dst, folder),
                            ignore=shutil.ignore_patterns('__pycache__'))
    for name in names:
        path = os.path.join(src, name + '.py')
        if os.path.isdir(os.path.join(src, name)):
            shutil.copytree(os.path.join(src, name), os.path.join(dst, name),
                            ignore=shutil.ignore_patterns('__pycache__'))
        else:
            shutil.copy(path, dst)


def verdict(out, rc):
    ran = re.search(r'^Ran (\d+) tests?', out, re.M)
    if ran is None:
        last = [l for l in out.splitlines() if l.strip()][-1:] or ['(no output)']
        return 'CRASH rc=%d: %s' % (rc, last[0][:150])
    counts = dict(re.findall(r'(failures|errors|skipped|expected failures)=(\d+)', out))
    ok = re.search(r'^OK\b', out, re.M) is not None
    text = '%s ran=%s failures=%s errors=%s skipped=%s' % (
        'PASS' if ok else 'FAIL', ran.group(1), counts.get('failures', 0),
        counts.get('errors', 0), counts.get('skipped', 0))
    if not ok:
        # the most frequent final error line hints at the main cause
        errors = re.findall(r'^(\w+(?:Error|Exception|Exit)\b.*)$', out, re.M)
        if errors:
            common = max(set(errors), key=errors.count)
            text += ' | %dx %s' % (errors.count(common), common[:140])
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('names', nargs='+')
    ap.add_argument('--show', action='store_true')
    ap.add_argument('--timeout', type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix='taipan-cpytests-') as tmp:
        stage(tmp, args.names)
        for name in args.names:
            cmd = ['java', '-Xss16m', '-cp', CLASSES, 'org.taipan.Main', '-m', 'unittest', 'test.' + name]
            try:
                proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=args.timeout)
                out, rc = proc.stdout + proc.stderr, proc.returncode
            except subprocess.TimeoutExpired:
                out, rc = 'timeout after %ds' % args.timeout, -1
            print('%-28s %s' % (name, verdict(out, rc)), flush=True)
            if args.show:
                print(out)
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Records what CPython 3.11's tokenize module makes of sources, for TokenizeGoldenTest.

Both goldens come from interpreter/src/test/resources/tokenize/tokenize_dump.py, the same
driver the test runs in Taipan:
  snippets.golden   its whole output for the tricky sources in snippets.cases;
  stdlib.tsv        for every 10th file of the stdlib list in golden/stdlib-ast.tsv: the file's
                    path, SHA-1 of its bytes, SHA-1 of its section of the output (tokens,
                    errors, untokenize results) and that section's line count (the full output
                    is some 30 MB, too large to keep).
Usage: tools/record_tokenize_goldens.py  (python3 = CPython 3.11)
"""
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'interpreter', 'src', 'test', 'resources')
DIR = os.path.join(RES, 'tokenize')
DRIVER = os.path.join(DIR, 'tokenize_dump.py')
ENV = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0')


def run(*args):
    return subprocess.run([sys.executable, DRIVER] + list(args), env=ENV, check=True,
                          stdout=subprocess.PIPE).stdout


def sections(output):
    """(name, section bytes) for each '=== name' header of the driver's output."""
    result = []
    for chunk in output.split(b'\n=== '):
        if chunk.startswith(b'=== '):
            chunk = chunk[4:]
        name, _, _ = chunk.partition(b'\n')
        result.append((name.decode('utf-8'), b'=== ' + chunk.rstrip(b'\n') + b'\n'))
    return result


def main():
    with open(os.path.join(DIR, 'snippets.golden'), 'wb') as f:
        f.write(run('cases', os.path.join(DIR, 'snippets.cases')))

    stdlib = os.path.dirname(os.__file__)
    names = []
    with open(os.path.join(RES, 'golden', 'stdlib-ast.tsv'), encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#'):
                names.append(line.split('\t')[0])
    names = names[::10]
    listing = os.path.join(DIR, 'stdlib-sample.tmp')
    with open(listing, 'w', encoding='utf-8') as f:
        f.write('\n'.join(names) + '\n')
    try:
        output = run('files', stdlib, listing)
    finally:
        os.remove(listing)
    rows = ['# Recorded by tools/record_tokenize_goldens.py; do not edit by hand.',
            '# python\t%s' % sys.version.split()[0], '# stdlib\t%s' % stdlib]
    found = sections(output)
    assert [n for n, _ in found] == names, 'driver output does not match the file list'
    for name, text in found:
        with open(os.path.join(stdlib, name), 'rb') as f:
            file_sha = hashlib.sha1(f.read()).hexdigest()[:16]
        rows.append('\t'.join([name, file_sha, hashlib.sha1(text).hexdigest()[:16],
                               str(text.count(b'\n'))]))
    with open(os.path.join(DIR, 'stdlib.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Writes the opcode numbers and groupings of CPython 3.11 (facts of its bytecode format, read
from the running python3's `opcode` module) into Taipan's lib/opcode.py, between the markers
'# --- generated table' and '# --- end of generated table'. Run with python3 = CPython 3.11."""
import opcode
import os
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'interpreter', 'src', 'main',
                    'resources', 'org', 'taipan', 'lib', 'opcode.py')


def main():
    assert sys.version_info[:2] == (3, 11), 'needs CPython 3.11'
    lines = ['# --- generated table (tools/gen_opcode_table.py)']
    pairs = sorted(opcode.opmap.items(), key=lambda kv: kv[1])
    lines.append('_NUMBERS = {')
    for name, num in pairs:
        lines.append('    %r: %d,' % (name, num))
    lines.append('}')
    for group in ('hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare',
                  'hasfree', 'hasnargs'):
        lines.append('_%s = %r' % (group.upper(), [opcode.opname[i] for i in getattr(opcode, group)]))
    lines.append('_CACHES = %r' % {opcode.opname[i]: n for i, n in enumerate(opcode._inline_cache_entries) if n})
    lines.append('_CACHE_LAYOUT = %r' % {k: dict(v) for k, v in opcode._cache_format.items()})
    lines.append('_SPECIALIZED = %r' % {k: list(v) for k, v in opcode._specializations.items()})
    lines.append('# --- end of generated table')
    with open(PATH, encoding='utf-8') as f:
        text = f.read()
    start = text.index('# --- generated table')
    end = text.index('# --- end of generated table') + len('# --- end of generated table')
    with open(PATH, 'w', encoding='utf-8') as f:
        f.write(text[:start] + '\n'.join(lines) + text[end:])


if __name__ == '__main__':
    main()

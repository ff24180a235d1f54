#!/usr/bin/env python3
"""Records the regular-expression engine goldens from CPython (run with python3 3.11).

Writes interpreter/src/test/resources/re/casefold.txt (see record_case_folding) and
interpreter/src/test/resources/re/cases.txt: one case per line,
    flags <TAB> pattern <TAB> subject <TAB> search-result <TAB> finditer-result <TAB> fullmatch-result
where a pattern/subject is escaped (see esc) and a result is
    E:<error text>        the pattern does not compile (re.error text, or T:Type:text for others)
    N                     no match
    lastindex|s0,e0|s1,e1|...   a match: lastindex ('-' for None), then each group's span
and the finditer result is the spans of all matches joined by ';'.
Cases come from a curated list (errors, flags, Unicode) and from a seeded random generator of
small patterns over a small alphabet, so the whole set is reproducible.
"""
import random
import re
import sys
import warnings

warnings.simplefilter('ignore')

OUT = 'interpreter/src/test/resources/re/cases.txt'


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append('\\{%x}' % o)
    return ''.join(out)


def spans(m, groups):
    li = '-' if m.lastindex is None else str(m.lastindex)
    return '|'.join([li] + ['%d,%d' % m.span(g) for g in range(groups + 1)])


def record(pattern, subject, flags):
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        return 'E:' + str(e)
    except Exception as e:
        return 'E:T:%s:%s' % (type(e).__name__, e)
    m = p.search(subject)
    search = 'N' if m is None else spans(m, p.groups)
    it = ';'.join('%d,%d' % m.span() for m in p.finditer(subject))
    m = p.fullmatch(subject)
    full = 'N' if m is None else spans(m, p.groups)
    return '%s\t%s\t%s' % (search, it or '-', full)


CURATED_PATTERNS = [
    '(', 'a)', '*', 'a**', 'a*+*', '\\q', '\\', '[a', '[b-a]', '(?<x', '(?x', '(?', '(?P', '(?P<',
    '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=', '(?P=a', '(?(', '(?(1',
    '(?(1)a|b|c)', '(?(a)x)', '(?(0)x)', '(?<=a*)', '(?<=a|bc)', '\\1', '(a)\\2', '(a\\1)',
    '\\777', 'a{2,1}', 'a{99999999999}', '(?i', '(?z)', 'a(?i)', '(?-i)', '(?i-i:a)', '(?L)',
    '(?u)a', '(?a-u:x)', '(?#abc', '\\x1', '\\u12', '\\U1234', '\\N', '\\N{', '[\\d-z]',
    '[a-\\d]', '(?i-:a)', '(?-:a)', '(?P>a)', '(?P<a>', 'x{', '(?<!a+)', '\\b*', '^*', '(?:',
    '(?=a)*', '(?<a>x)', '(?-a:x)', '(?a:(?u:x))', '[]', '[^]', 'a|*', '(?P<a-b>x)', '\\g<1>',
    '(?(-1)a)', '(?(1a)x)', '(?x) a (?', '\\8', '[\\8]', '[\\q]', '\\0\\8', '(?i)(?i)a',
    '(?s)a(?m)', '(?(2)a)(b)', '(?(2)a)(b)(c)', 'a\n(b', '{1}', 'a{,2}', 'a{,}', 'a{}', 'a{1,2',
    '(?i)AB', '(?i:a)b', '(?x) a b # c\n c', '(?x)[ ]a', '(?m)^a$', '(?s).+', '.+', '\\Aa\\Z',
    'a$', '\\ba\\b', '\\Ba', '(?a)\\w+', '\\w+', '\\d+', '\\s+', '[\\w-]+', '[^\\W\\d]+',
    '(a)|b', '(a)|(b)', '((a)|b)+', '(a*)*', '(a*)+', '(a|)*', '(?:a|b)*?c', 'a*?', 'a+?b',
    'a??b', 'a{2,3}?', '(ab){2}', '(?>a+)b', 'a++b', '(a)(?(1)b|c)', '(?:(a)|b)(?(1)c|d)',
    '(?=(a))a', '(?!a)\\w', '(?<=a)b', '(?<!a)b', '(?<=(a))b', '(\\w)\\1', '(?P<c>\\w)(?P=c)',
    '(?i)(\\w)\\1', '\\x41\\u00e9\\N{LATIN SMALL LETTER A}', '[\\x00-\\x7f]+', '[^a-z]',
    '(?i)[a-c]+', '(?i)[^a]', '(?i)\\u212a', '(?i)k', '(?i)[k]', '(?i)s', '(?i)\\u017f',
    '(?i)[\\u0390]', '\\$\\.\\^', '[$^.]+', '(?:)', '()', '(?:)*', '()*', 'a|b|c|', '|a',
    '(a|ab)(c|bcd)(d*)', 'x*', '\\b', '\\B', '^', '$', '(?m)$', '(?m)^', '\\Z', 'a\\Z',
]
CURATED_SUBJECTS = ['', 'a', 'ab', 'aab', 'abc', 'AB', 'aaa', 'abcd', 'a b', 'ba\nab\n',
                    'K', 'k', '\u212a', 'S', '\u017f', '\u0390', '\u1fd3', 'x1_\u00e9\u0663 z',
                    'a\n', 'A\u00e9a', 'abab', 'acd', 'bd']


def rand_pattern(rng, depth=0):
    n = rng.randint(1, 4)
    parts = []
    for _ in range(n):
        parts.append(rand_item(rng, depth))
    s = ''.join(parts)
    if depth < 2 and rng.random() < 0.2:
        s += '|' + ''.join(rand_item(rng, depth) for _ in range(rng.randint(0, 2)))
    return s


def rand_item(rng, depth):
    r = rng.random()
    if r < 0.35 or depth >= 3:
        atom = rng.choice(['a', 'b', 'c', '.', '[ab]', '[^a]', '\\d', '\\w', '\\s', 'A', '[a-c]'])
    elif r < 0.45:
        atom = rng.choice(['^', '$', '\\b', '\\B', '\\A', '\\Z'])
        return atom
    elif r < 0.6:
        atom = '(' + rand_pattern(rng, depth + 1) + ')'
    elif r < 0.68:
        atom = '(?:' + rand_pattern(rng, depth + 1) + ')'
    elif r < 0.72:
        atom = '(?>' + rand_pattern(rng, depth + 1) + ')'
    elif r < 0.77:
        atom = rng.choice(['(?=', '(?!']) + rand_pattern(rng, depth + 1) + ')'
        return atom
    elif r < 0.81:
        atom = rng.choice(['(?<=', '(?<!']) + rng.choice(['a', 'b', 'ab', '[ab]', '\\w', 'a|b']) + ')'
        return atom
    elif r < 0.86:
        return rng.choice(['\\1', '\\2', '(?(1)a|b)', '(?(1)b)'])
    else:
        atom = rng.choice(['a', 'b', '.', '\\w'])
    if rng.random() < 0.4:
        atom += rng.choice(['*', '+', '?', '{2}', '{1,2}', '{0,1}', '{2,}', '*?', '+?', '??',
                            '{1,2}?', '*+', '++', '?+'])
    return atom


def rand_pattern2(rng, depth=0, state=None):
    """A second generator: named groups and references to them, scoped flags, richer classes."""
    if state is None:
        state = {'groups': 0}
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.3 or depth >= 3:
            atom = rng.choice(['a', 'b', 'é', 'k', 's', 'ß', '.', '[^\\d\\s]', '[a-c\\W]', '[\\w.-]',
                               '[é-ü]', '\\S', '\\D', '[K]', '[^a-z]', '\\x61', '\\u00e9'])
        elif r < 0.45:
            state['groups'] += 1
            atom = '(?P<n%d>%s)' % (state['groups'], rand_pattern2(rng, depth + 1, state))
        elif r < 0.55:
            atom = rng.choice(['(?i:', '(?-i:', '(?s:', '(?m:', '(?a:', '(?x:']) + rand_pattern2(rng, depth + 1, state) + ')'
        elif r < 0.62 and state['groups']:
            g = rng.randint(1, state['groups'])
            parts.append(rng.choice(['(?P=n%d)' % g, '(?(n%d)a|b)' % g, '(?(%d)\\w)' % g]))
            continue
        elif r < 0.7:
            parts.append(rng.choice(['^', '$', '\\A', '\\Z', '\\b', '\\B']))
            continue
        elif r < 0.78:
            atom = rng.choice(['(?=', '(?!', '(?<=', '(?<!']) + rng.choice(['a', 'é', '\\w', '[ab]', 'k|s']) + ')'
            parts.append(atom)
            continue
        else:
            atom = '(?:' + rand_pattern2(rng, depth + 1, state) + ')'
        if rng.random() < 0.45:
            atom += rng.choice(['*', '+', '?', '{0}', '{1}', '{,2}', '{1,3}', '*?', '+?', '{2,}?', '*+', '?+', '{1,2}+'])
        parts.append(atom)
    s = ''.join(parts)
    if depth < 2 and rng.random() < 0.25:
        s += '|' + rand_pattern2(rng, depth + 1, state)
    return s


def main():
    rng = random.Random(3117)
    lines = []
    flag_choices = [0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A]
    for p in CURATED_PATTERNS:
        for s in CURATED_SUBJECTS[:12] if '(' not in p[:1] else CURATED_SUBJECTS[:6]:
            lines.append((0, p, s))
        lines.append((re.I, p, 'AbK\u212a'))
    for _ in range(2200):
        p = rand_pattern(rng)
        s = ''.join(rng.choice('aabbc A\n1_') for _ in range(rng.randint(0, 8)))
        lines.append((rng.choice(flag_choices), p, s))
    rng2 = random.Random(1991)
    for _ in range(1500):
        p = rand_pattern2(rng2)
        s = ''.join(rng2.choice('abké sSßKſ\u212a\u0663É_\n') for _ in range(rng2.randint(0, 8)))
        lines.append((rng2.choice(flag_choices + [re.I | re.S, re.X]), p, s))
    seen = set()
    with open(OUT, 'w', encoding='ascii') as f:
        for flags, p, s in lines:
            if (flags, p, s) in seen:
                continue
            seen.add((flags, p, s))
            try:
                re.compile(p, flags)
            except Exception:
                # A bad pattern is recorded once, with an empty subject.
                if (flags, p) in seen:
                    continue
                seen.add((flags, p))
                s = ''
            f.write('%d\t%s\t%s\t%s\n' % (flags, esc(p), esc(s), esc(record(p, s, flags))))




def record_case_folding(path='interpreter/src/test/resources/re/casefold.txt'):
    """For every cased character c: which of its case relatives (single-character upper, lower,
    title and casefold mappings, applied twice) match (?i)c as a literal, and as a class [c].
    One line per character: hex(c) <TAB> literal matches <TAB> class matches (hex, comma-joined)."""
    with open(path, 'w', encoding='ascii') as f:
        for cp in range(0x110000):
            c = chr(cp)
            if 0xd800 <= cp < 0xe000:
                continue
            rel = set()
            for x in (c.upper(), c.lower(), c.title(), c.casefold()):
                if len(x) == 1:
                    rel.add(x)
                    for y in (x.upper(), x.lower(), x.casefold()):
                        if len(y) == 1:
                            rel.add(y)
            rel.discard(c)
            if not rel:
                continue
            lit = re.compile('(?i)' + re.escape(c))
            cls = re.compile('(?i)[' + re.escape(c) + ']')
            rel = sorted(rel)
            a = ','.join('%x' % ord(x) for x in rel if lit.fullmatch(x))
            b = ','.join('%x' % ord(x) for x in rel if cls.fullmatch(x))
            n = ','.join('%x' % ord(x) for x in rel)
            f.write('%x\t%s\t%s\t%s\n' % (cp, n, a, b))


if __name__ == '__main__':
    main()
    record_case_folding()

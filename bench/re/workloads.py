"""Regular-expression workloads, timed inside the process (after warm-up rounds, so a JIT has
compiled the engine): prints one line per workload,
`name best_wall median_wall best_thread_cpu checksum` (seconds; thread CPU time is the steadier
figure on a loaded machine: it leaves out time spent waiting for a core).

    python3 workloads.py [ROUNDS] [WARMUP]
"""
import re
import sys
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
WARMUP = int(sys.argv[2]) if len(sys.argv) > 2 else 3

WORDS = ('the quick brown fox jumps over lazy dog while seven wizards quietly judge '
         'boxing matches 12 times 345 and 6789').split()


def make_text(n):
    out = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        out.append(WORDS[state % len(WORDS)])
        if state % 11 == 0:
            out.append('.\n')
    return ' '.join(out)


TEXT = make_text(60000)
SOURCE = '''def f(x, y):
    total = x * 3.25 + y  # comment here
    if total >= 10 and name != "str\\"ing":
        return [total, 0x1F, 'abc']
''' * 1500

TOKEN_SPEC = [
    ('NUMBER', r'0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?'),
    ('STRING', r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''),
    ('COMMENT', r'#[^\n]*'),
    ('NAME', r'[A-Za-z_]\w*'),
    ('OP', r'>=|<=|==|!=|[-+*/%=<>()\[\]{}:,.]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('ERROR', r'.'),
]
TOKEN_RE = re.compile('|'.join('(?P<%s>%s)' % p for p in TOKEN_SPEC))


def tokenize():
    counts = {}
    for m in TOKEN_RE.finditer(SOURCE):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    return sum(counts.values()) * 7 + counts['NAME']


WORD_RE = re.compile(r'\b\w+\b')


def findall_words():
    return len(WORD_RE.findall(TEXT))


NUM_RE = re.compile(r'\d+')


def sub_callable():
    return len(NUM_RE.sub(lambda m: str(int(m.group()) + 1), TEXT))


SPACE_RE = re.compile(r'(\w+) (\w+)')


def sub_template_split():
    s = SPACE_RE.sub(r'\2 \1', TEXT)
    return len(s) + len(re.split(r'[.\n]+', s))


def backtracking():
    # bounded but exponential-ish: every failing attempt explores many paths
    total = 0
    for n in range(16, 24):
        total += re.match(r'(a|aa)+c', 'a' * n) is None
        total += re.match(r'(?:a+)+b', 'a' * (n - 4)) is None
        total += re.search(r'(\w+\s?)+$', 'ab ' * 3 + 'cd!') is None
    return total


WORKLOADS = [('tokenize', tokenize), ('findall_words', findall_words),
             ('sub_callable', sub_callable), ('sub_template_split', sub_template_split),
             ('backtracking', backtracking)]

names = sys.argv[3:] or [n for n, _ in WORKLOADS]
for name, fn in WORKLOADS:
    if name not in names:
        continue
    for _ in range(WARMUP):
        fn()
    times = []
    cpu = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        c = time.thread_time()
        result = fn()
        cpu.append(time.thread_time() - c)
        times.append(time.perf_counter() - t)
    times.sort()
    print('%s %.4f %.4f %.4f %s' % (name, times[0], times[len(times) // 2], min(cpu), result))

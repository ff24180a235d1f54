"""Dict- and str-heavy text processing: tokenising, counting, joining and formatting."""
import sys

SYLLABLES = ["ka", "ri", "to", "ne", "sa", "mu", "lo", "pi", "ve", "du", "an", "el"]


def make_text(n_words, seed):
    words = []
    x = seed
    for _ in range(n_words):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = "".join(SYLLABLES[(x >> (4 * i)) % len(SYLLABLES)] for i in range(k))
        if x % 7 == 0:
            w = w.capitalize()
        words.append(w)
        if x % 11 == 0:
            words.append("\n")
    return " ".join(words)


def count(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.strip().split():
            word = word.lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    by_freq = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = ["%-12s %6d" % (w, c) for w, c in by_freq[:10]]
    index = {}
    for w in counts:
        index.setdefault(w[0], []).append(w)
    lines.append(", ".join(f"{k}:{len(v)}" for k, v in sorted(index.items())))
    return "\n".join(lines)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
text = make_text(n, 42)
counts = count(text)
print(len(counts), sum(counts.values()))
print(report(counts))

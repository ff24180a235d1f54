# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk; get_close_matches
import difflib

pairs = [('abcd', 'bcde'), ('private Thread currentThread;', 'private volatile Thread currentThread;'),
         ('qabxcd', 'abycdf'), ('', ''), ('abc', ''), ('', 'xyz'), ('a' * 5, 'a' * 3),
         ('the quick brown fox', 'the quick red fox jumps'), (list('kitten'), list('sitting'))]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b))
    print('  ', s.get_matching_blocks())
    print('  ', s.get_opcodes())
    print('  ', round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(s.ratio(), s.find_longest_match(0, 29, 0, 38), sorted(s.bjunk))
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
long_b = 'x' * 150 + 'ab' * 40
s = difflib.SequenceMatcher(None, 'xxab', long_b)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])
s = difflib.SequenceMatcher(None, 'xxab', long_b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks()[:3])
a = [str(i) for i in range(30)]
b = a[:5] + ['new'] + a[6:20] + a[22:] + ['end']
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)
print(list(difflib.SequenceMatcher(None, 'same', 'same').get_grouped_opcodes()))
s = difflib.SequenceMatcher()
s.set_seqs('abc', 'abd')
print(s.ratio(), difflib.SequenceMatcher[str])
words = ['ape', 'apple', 'peach', 'puppy', 'appel', 'applet', 'maple']
print(difflib.get_close_matches('appel', words), difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'wheels'], n=2))
print(difflib.get_close_matches('apple', words, cutoff=0.8), difflib.get_close_matches('zzz', words))
for bad in (lambda: difflib.get_close_matches('a', [], n=0), lambda: difflib.get_close_matches('a', [], cutoff=2)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

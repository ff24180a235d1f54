# fnmatch bracket expressions: ranges, negation, literal ']' and '-', reversed ranges, specials.
import fnmatch

chars = [chr(c) for c in range(32, 127)] + ['é', 'ÿ', '\n']
for pattern in ['[a-c]', '[!a-c]', '[]a]', '[!]a]', '[a-]', '[-a]', '[!-a]', '[a-c-e]', '[z-a]', '[z-ab-d]',
                '[b-a-c]', '[--/]', '[\\]', '[\\-^]', '[^]', '[[]', '[!]', '[a&&b]', '[~|]', '[0-9a-fA-F]',
                '[!0-9a-zA-Z]', '[ -/]', '[é-ÿ]', '[]-]']:
    matched = ''.join(c for c in chars if fnmatch.fnmatchcase(c, pattern))
    print(repr(pattern), repr(fnmatch.translate(pattern)), repr(matched))
print(fnmatch.fnmatchcase('[', '['), fnmatch.fnmatchcase('[a', '[a'), fnmatch.fnmatchcase('ab', '[a]b'),
      fnmatch.fnmatchcase('x]', '[x]]'), fnmatch.fnmatchcase('-', '[!a-z]'))

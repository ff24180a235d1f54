# fnmatch.translate: the regular-expression text for stars, wildcards, brackets and escapes.
import fnmatch

patterns = ['*.py', 'a*b*c', '*a*', '**', 'a?b', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]', '[', '[a',
            'a[-]', '[z-a]', '[a-c-e]', '[\\]', 'x*y*z*', '*x*y', '[^a]', '[a&&b]', '[a~~b]', '[a||b]',
            'a.b+c', '', '***a', '[!]', '[]-a]', '[a-]', '[--0]', '*?*', '?*?', 'é*', '[a-cx-z]',
            '[!a-c]*', '[z-ab-d]', '[b-a-c]', '[a-b-]', '[!-]', '(x)|{y}#', '\\*', 'tab\there', 'sp ace',
            '[[]', '[*?]', 'a/b/*.c', '{a,b}', '$^', '[!^]', '[\\-]']
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

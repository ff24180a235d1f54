# str case and classification methods.
samples = ['hello World', 'ÉCOLE', 'straße', 'ǅungla', '123', 'abc123', '   ', '', 'Title Case Here',
           'MiXeD', 'ﬁne', 'İstanbul', '٣', '½', 'x\u0301', 'tab\there']
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(),
          s.isascii())
print("they're bill's friends".title())
print('_private'.isidentifier(), 'class'.isidentifier(), '2x'.isidentifier(), 'ñame'.isidentifier())

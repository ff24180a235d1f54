# urllib.parse: urlsplit/urlparse/urlunparse/urljoin/urldefrag and result attributes
from urllib.parse import urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag

urls = ['http://user:pw@Example.COM:8080/a/b;p1?x=1&y=2#frag',
        'https://[::1]:443/path', 'ftp://ftp.example.org/pub/file.txt',
        'mailto:someone@example.com', 'file:///etc/hosts', '//host/only/path',
        'relative/path?q', '/abs;param', 'HTTP://x.y', 'a:b', '  http://spaces.example/ ',
        'http://exa\tmple.com/pa\nth', 'urn:isbn:0451450523', 'http://h/p?#', 'sip:alice@atlanta.com;p=1']
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p.params, '|', s.username, s.password, s.hostname, s.port, '|', s.geturl(), '|', p.geturl())
print(urlsplit('/p#f', allow_fragments=False), urlparse('x', scheme='https'))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunparse(('https', 'h:1', '/p', 'a', 'q', '')))
print(urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('', '', 'x', '', '')))
print(urlparse(b'http://a/b;p?q#f'), urlsplit(b'http://a/b').decode(), urlparse('http://a/b').encode())
base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
            'g/./h', 'g/../h', 'g;x=1/./y', 'http:g', 'https:g']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin(b'http://a/b/', b'c'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag(b'x#y'))
for bad in (lambda: urlsplit('http://[::1/x'), lambda: urlsplit('http://h:99999').port,
            lambda: urlsplit('http://h:ab').port, lambda: urljoin('http://a', b'x')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ':', e)

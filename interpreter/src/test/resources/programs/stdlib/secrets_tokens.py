# secrets: token_bytes/token_hex/token_urlsafe lengths and alphabets, default entropy
import secrets
import string

print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), len(secrets.token_hex(0)))
print(set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
alphabet = set(string.ascii_letters + string.digits + '-_')
for n in [0, 1, 2, 3, 4, 16, 32, None]:
    token = secrets.token_urlsafe(n)
    print(n, len(token), set(token) <= alphabet)
tokens = {secrets.token_hex(16) for _ in range(50)}
print(len(tokens))
print(secrets.DEFAULT_ENTROPY)
for bad in [-1, 'x']:
    try:
        secrets.token_bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

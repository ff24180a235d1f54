# hmac: compare_digest on str and bytes, and the errors of bad keys and digestmods
import hmac

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('ab', 'abc'))
print(hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
tag = hmac.new(b'k', b'message', 'sha256').hexdigest()
print(hmac.compare_digest(tag, hmac.new(b'k', b'message', 'sha256').hexdigest()))
for bad in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'),
            lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest(1, 2),
            lambda: hmac.compare_digest('é', 'é'), lambda: hmac.new(b'k', digestmod='nope'),
            lambda: hmac.new(b'k', 'text', 'md5')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

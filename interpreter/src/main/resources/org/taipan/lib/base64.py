"""Base16, Base32, Base64 (and Base85/Ascii85) data encodings (Taipan's own
implementation of CPython 3.11's base64 module)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _decode_input(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _encode_input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__) from None


# -- Base64 --------------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    return b64decode(_decode_input(s).translate(_FROM_URLSAFE))


# -- Base32 --------------------------------------------------------------------

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding characters that follow 1, 2, 3 or 4 leftover input bytes.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    leftover = len(s) % 5
    padded = s + bytes(5 - leftover) if leftover else s
    for i in range(0, len(padded), 5):
        n = int.from_bytes(padded[i:i + 5], 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    pads = _B32_PADS[leftover]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | value
        out += acc.to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        acc <<= 5 * pads
        keep = (43 - 5 * pads) // 8
        out[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# -- Base16 --------------------------------------------------------------------

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# -- Base85 and Ascii85 --------------------------------------------------------

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _words85(b, alphabet, pad, fold_zero=False, fold_spaces=False):
    leftover = len(b) % 4
    if leftover:
        b = b + bytes(4 - leftover)
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if fold_zero and word == 0:
            out += b'z'
            continue
        if fold_spaces and word == 0x20202020:
            out += b'y'
            continue
        digits = []
        for _ in range(5):
            word, d = divmod(word, 85)
            digits.append(alphabet[d])
        out += bytes(reversed(digits))
    if leftover and not pad:
        if out[-1:] == b'z':
            out[-1:] = alphabet[0:1] * 5
        out = out[:len(out) - (4 - leftover)]
    return bytes(out)


def b85encode(b, pad=False):
    return _words85(_encode_input(b), _B85_ALPHABET, pad)


def b85decode(b):
    b = _decode_input(b)
    values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            value = values.get(c)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + value
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _words85(_encode_input(b), _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}"
                             .format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for x in group:
                    acc = 85 * acc + (x - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif c == 0x7A:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 0x79:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


# -- MIME-style line-wrapped Base64 --------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s"
                        % s.__class__.__name__) from err
    return m.tobytes()


def encodebytes(s):
    s = _check_bytes_like(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    return binascii.a2b_base64(_check_bytes_like(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))

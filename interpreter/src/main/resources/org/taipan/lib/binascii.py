"""Conversions between binary data and ASCII encodings (Taipan's own
implementation of CPython 3.11's binascii: hex, base64, uu, quoted-printable
and CRCs; the 'hqx' codecs are not provided yet)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu', 'b2a_base64',
           'b2a_qp', 'b2a_uu',
           'b2a_hex', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64_ALPHABET)}


def _binary(data):
    """Bytes of a bytes-like argument (str is refused)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_or_binary(data):
    """Bytes of an argument to the a2b_* functions, which also take ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, bytes):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    data = _binary(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63], _B64_ALPHABET[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_or_binary(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    position = 0      # place of the next character within its group of four
    carry = 0         # bits of the previous character not yet written
    pads = 0
    padding_seen = False
    count = 0
    for index, c in enumerate(data):
        if c == 0x3D:  # '='
            padding_seen = True
            pads += 1
            if position >= 2 and position + pads >= 4:
                if strict_mode and index + 1 < len(data):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_seen:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if position == 0:
            carry = value
            position = 1
        elif position == 1:
            out.append(((carry << 2) | (value >> 4)) & 0xFF)
            carry = value & 0x0F
            position = 2
        elif position == 2:
            out.append(((carry << 4) | (value >> 2)) & 0xFF)
            carry = value & 0x03
            position = 3
        else:
            out.append(((carry << 6) | value) & 0xFF)
            carry = 0
            position = 0
    if position != 0:
        if position == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        '(%d) cannot be 1 more than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    data = _ascii_or_binary(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    for c in data:
        if c not in digits:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(data.decode('ascii'))


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32_TABLE = _crc32_table()


def crc32(data, crc=0):
    data = _binary(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    data = _binary(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


# -- uuencode: one line of at most 45 bytes, 6 bits a character from ' ' ----

def b2a_uu(data, *, backtick=False):
    data = _binary(data)
    if len(data) > 45:
        raise Error('At most 45 bytes at once')

    def char(value):
        return 0x60 if backtick and value == 0 else 0x20 + value

    out = bytearray([char(len(data))])
    padded = data + bytes(-len(data) % 3)
    for k in range(0, len(padded), 3):
        group = padded[k] << 16 | padded[k + 1] << 8 | padded[k + 2]
        out.extend(char(group >> shift & 0x3F) for shift in (18, 12, 6, 0))
    out.append(0x0A)
    return bytes(out)


def a2b_uu(data):
    data = _ascii_or_binary(data)
    # the first character counts the bytes; an empty line reads as a NUL there
    wanted = ((data[0] if data else 0) - 0x20) & 0x3F
    out = bytearray()
    bits = nbits = 0
    pos = 1
    while len(out) < wanted:
        c = data[pos] if pos < len(data) else 0x0A
        pos += 1
        if c in (0x0A, 0x0D):
            # a line shorter than its count reads as padded with zero bits
            c = 0x20
        elif not 0x20 <= c <= 0x60:
            raise Error('Illegal char')
        bits = bits << 6 | (c - 0x20) & 0x3F
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits & 0xFF)
            bits &= (1 << nbits) - 1
    for c in data[pos:]:
        if c not in (0x20, 0x60, 0x0A, 0x0D):
            raise Error('Trailing garbage')
    return bytes(out)


# -- quoted-printable (RFC 1521; header=True: RFC 1522's '_' for space) -------

_HEX_DIGITS = b'0123456789ABCDEFabcdef'
_QP_LINE = 76


def a2b_qp(data, header=False):
    data = _ascii_or_binary(data)
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if header and c == 0x5F:
            out.append(0x20)
            i += 1
        elif c != 0x3D:
            out.append(c)
            i += 1
        elif i + 1 >= n:
            i += 1
        elif data[i + 1] in (0x0A, 0x0D):
            # soft line break: '=' and the rest of its line end go away
            end = data.find(b'\n', i + 1)
            i = n if end < 0 else end + 1
        elif data[i + 1] == 0x3D:
            out.append(0x3D)
            i += 2
        elif i + 2 < n and data[i + 1] in _HEX_DIGITS and data[i + 2] in _HEX_DIGITS:
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(0x3D)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = _binary(data)
    n = len(data)
    first_newline = data.find(b'\n')
    newline = b'\r\n' if first_newline > 0 and data[first_newline - 1] == 0x0D else b'\n'
    out = bytearray()
    column = 0
    i = 0
    while i < n:
        c = data[i]
        after = data[i + 1] if i + 1 < n else None
        text_break = istext and (c == 0x0A or c == 0x0D and after == 0x0A)
        if text_break:
            out += newline
            column = 0
            i += 2 if c == 0x0D else 1
            continue
        line_ends_next = after is None or istext and (
            after == 0x0A or after == 0x0D and data[i + 2:i + 3] == b'\n')
        if _qp_needs_quoting(c, column, after, line_ends_next, quotetabs, istext, header):
            if column + 3 >= _QP_LINE:
                out += b'=' + newline
                column = 0
            out += b'=%02X' % c
            column += 3
        else:
            if after is not None and after != 0x0A and column + 1 >= _QP_LINE:
                out += b'=' + newline
                column = 0
            out.append(0x5F if header and c == 0x20 else c)
            column += 1
        i += 1
    return bytes(out)


def _qp_needs_quoting(c, column, after, line_ends_next, quotetabs, istext, header):
    if c > 126 or c == 0x3D or header and c == 0x5F:
        return True
    if c == 0x2E and column == 0 and (after is None or after in (0x0A, 0x0D, 0)):
        # a lone '.' line would end an SMTP message
        return True
    if c in (0x0A, 0x0D):
        return not istext
    if c in (0x20, 0x09):
        # whitespace at a line's end would be lost in transport (a header's
        # spaces become '_' there, except the very last one)
        if c == 0x20 and header and not quotetabs:
            return after is None
        return quotetabs or line_ends_next
    return c < 0x21

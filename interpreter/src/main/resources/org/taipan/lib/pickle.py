"""Serialising Python values: Taipan's own pickle (a first slice).

dumps() writes protocols 4 and 5 for None, bool, int, float, str, bytes, bytearray, tuple,
list, dict, set and frozenset, byte for byte as CPython does (one frame, memo by identity);
loads() reads those opcodes and the protocol 0-3 ones for the same values.
Class instances and other protocols are not supported yet (PicklingError).
"""

import io as _io

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'dumps', 'loads', 'dump', 'load',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
_BATCH = 1000
_FRAME_MIN = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def _double_bits(x):
    """The IEEE 754 binary64 bits of x, as an int (the struct module is not there yet)."""
    import math
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return 0x7ff8000000000000
    x = abs(x)
    if x == math.inf:
        exponent, mantissa = 2047, 0
    elif x == 0.0:
        exponent, mantissa = 0, 0
    else:
        m, e = math.frexp(x)
        exponent = e - 1 + 1023
        if exponent <= 0:
            exponent, mantissa = 0, int(math.ldexp(x, 1074))
        else:
            mantissa = int(math.ldexp(m * 2 - 1, 52))
    return (sign << 63) | (exponent << 52) | mantissa


def _bits_double(bits):
    import math
    sign = -1.0 if bits >> 63 else 1.0
    exponent = (bits >> 52) & 0x7ff
    mantissa = bits & ((1 << 52) - 1)
    if exponent == 2047:
        return sign * math.inf if mantissa == 0 else math.nan
    if exponent == 0:
        return sign * math.ldexp(mantissa, -1074)
    return sign * math.ldexp(mantissa + (1 << 52), exponent - 1075)


class _Writer(object):
    def __init__(self, protocol):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        if protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if protocol < 4:
            raise PicklingError('Taipan writes pickle protocols 4 and 5 only, not %d'
                                % protocol)
        self.protocol = protocol
        self.out = []
        self.memo = {}

    def memoize(self, obj):
        self.memo[id(obj)] = (len(self.memo), obj)
        self.out.append(b'\x94')

    def save(self, obj):
        entry = self.memo.get(id(obj))
        if entry is not None and entry[1] is obj:
            index = entry[0]
            self.out.append(b'h' + bytes([index]) if index < 256
                            else b'j' + index.to_bytes(4, 'little'))
            return
        t = type(obj)
        if obj is None:
            self.out.append(b'N')
        elif t is bool:
            self.out.append(b'\x88' if obj else b'\x89')
        elif t is int:
            self.save_int(obj)
        elif t is float:
            self.out.append(b'G' + _double_bits(obj).to_bytes(8, 'big'))
        else:
            self.save_other(obj, t)

    def save_int(self, n):
        if 0 <= n < 256:
            self.out.append(b'K' + bytes([n]))
        elif 0 <= n < 65536:
            self.out.append(b'M' + n.to_bytes(2, 'little'))
        elif -2 ** 31 <= n < 2 ** 31:
            self.out.append(b'J' + n.to_bytes(4, 'little', signed=True))
        else:
            size = (n.bit_length() + 8) // 8
            data = n.to_bytes(size, 'little', signed=True)
            # minimal two's complement: drop a redundant sign byte
            if len(data) > 1 and ((data[-1] == 0 and data[-2] < 0x80)
                                  or (data[-1] == 0xff and data[-2] >= 0x80)):
                data = data[:-1]
            if len(data) < 256:
                self.out.append(b'\x8a' + bytes([len(data)]) + data)
            else:
                self.out.append(b'\x8b' + len(data).to_bytes(4, 'little', signed=True) + data)

    def save_other(self, obj, t):
        out = self.out
        if t is str:
            data = obj.encode('utf-8', 'surrogatepass')
            if len(data) < 256:
                out.append(b'\x8c' + bytes([len(data)]) + data)
            elif len(data) < 2 ** 32:
                out.append(b'X' + len(data).to_bytes(4, 'little') + data)
            else:
                out.append(b'\x8d' + len(data).to_bytes(8, 'little') + data)
            self.memoize(obj)
        elif t is bytes:
            if len(obj) < 256:
                out.append(b'C' + bytes([len(obj)]) + obj)
            elif len(obj) < 2 ** 32:
                out.append(b'B' + len(obj).to_bytes(4, 'little') + obj)
            else:
                out.append(b'\x8e' + len(obj).to_bytes(8, 'little') + obj)
            self.memoize(obj)
        elif t is bytearray and self.protocol >= 5:
            out.append(b'\x96' + len(obj).to_bytes(8, 'little') + bytes(obj))
            self.memoize(obj)
        elif t is tuple:
            if not obj:
                out.append(b')')
                return
            if len(obj) <= 3:
                for item in obj:
                    self.save(item)
                entry = self.memo.get(id(obj))
                if entry is not None and entry[1] is obj:
                    # recursive tuple: pop what was pushed and fetch the memoized one
                    out.append(b'0' * len(obj))
                    index = entry[0]
                    out.append(b'h' + bytes([index]) if index < 256
                               else b'j' + index.to_bytes(4, 'little'))
                    return
                out.append(b'\x85\x86\x87'[len(obj) - 1:len(obj)])
            else:
                out.append(b'(')
                for item in obj:
                    self.save(item)
                out.append(b't')
            self.memoize(obj)
        elif t is list:
            out.append(b']')
            self.memoize(obj)
            self.batch(obj, b'a', b'e', lambda item: self.save(item))
        elif t is dict:
            out.append(b'}')
            self.memoize(obj)

            def pair(kv):
                self.save(kv[0])
                self.save(kv[1])
            self.batch(list(obj.items()), b's', b'u', pair)
        elif t is set:
            out.append(b'\x8f')
            self.memoize(obj)
            items = list(obj)
            for start in range(0, len(items), _BATCH):
                out.append(b'(')
                for item in items[start:start + _BATCH]:
                    self.save(item)
                out.append(b'\x90')
        elif t is frozenset:
            out.append(b'(')
            for item in obj:
                self.save(item)
            out.append(b'\x91')
            self.memoize(obj)
        else:
            raise PicklingError("Taipan's pickle cannot pickle %r objects yet"
                                % t.__name__)

    def batch(self, items, one, many, save):
        items = list(items)
        for start in range(0, len(items), _BATCH):
            chunk = items[start:start + _BATCH]
            if len(chunk) == 1:
                save(chunk[0])
                self.out.append(one)
            else:
                self.out.append(b'(')
                for item in chunk:
                    save(item)
                self.out.append(many)

    def result(self):
        body = b''.join(self.out) + b'.'
        head = b'\x80' + bytes([self.protocol])
        if len(body) >= _FRAME_MIN:
            head += b'\x95' + len(body).to_bytes(8, 'little')
        return head + body


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    writer = _Writer(protocol)
    writer.save(obj)
    return writer.result()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


class _Mark(object):
    pass


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _read(_io.BytesIO(bytes(memoryview(data))))


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return _read(file)


def _raw_unicode_unescape(data):
    # bytes are Latin-1 characters, except \\uXXXX and \\UXXXXXXXX escapes
    text = data.decode('latin-1')
    out = []
    i = 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text) and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            out.append(chr(int(text[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


def _find_class(module, name):
    import importlib
    target = importlib.import_module(module)
    for part in name.split('.'):
        target = getattr(target, part)
    return target


def _read(f):
    stack = []
    memo = {}

    def take(n):
        data = f.read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def pop_mark():
        for i in range(len(stack) - 1, -1, -1):
            if stack[i] is _Mark:
                items = stack[i + 1:]
                del stack[i:]
                return items
        raise UnpicklingError('could not find MARK')

    def line():
        text = f.readline()
        if not text.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return text[:-1]

    while True:
        op = f.read(1)
        if not op:
            raise EOFError('Ran out of input')
        c = op[0]
        if op == b'.':
            if not stack:
                raise UnpicklingError('unpickling stack underflow')
            if stack[-1] is _Mark:
                raise UnpicklingError('unexpected MARK found')
            return stack.pop()
        elif c == 0x80:
            proto = take(1)[0]
            if proto > HIGHEST_PROTOCOL:
                raise ValueError('unsupported pickle protocol: %d' % proto)
        elif c == 0x95:
            take(8)
        elif op == b'N':
            stack.append(None)
        elif c == 0x88:
            stack.append(True)
        elif c == 0x89:
            stack.append(False)
        elif op == b'K':
            stack.append(take(1)[0])
        elif op == b'M':
            stack.append(int.from_bytes(take(2), 'little'))
        elif op == b'J':
            stack.append(int.from_bytes(take(4), 'little', signed=True))
        elif c == 0x8a:
            stack.append(int.from_bytes(take(take(1)[0]), 'little', signed=True))
        elif c == 0x8b:
            stack.append(int.from_bytes(take(int.from_bytes(take(4), 'little')), 'little',
                                        signed=True))
        elif op == b'I':
            text = line()
            stack.append(True if text == b'01' else False if text == b'00' else int(text))
        elif op == b'L':
            stack.append(int(line().rstrip(b'L')))
        elif op == b'G':
            stack.append(_bits_double(int.from_bytes(take(8), 'big')))
        elif op == b'F':
            stack.append(float(line()))
        elif c == 0x8c:
            stack.append(take(take(1)[0]).decode('utf-8', 'surrogatepass'))
        elif op == b'X':
            stack.append(take(int.from_bytes(take(4), 'little')).decode('utf-8',
                                                                        'surrogatepass'))
        elif c == 0x8d:
            stack.append(take(int.from_bytes(take(8), 'little')).decode('utf-8',
                                                                        'surrogatepass'))
        elif op == b'V':
            stack.append(_raw_unicode_unescape(line()))
        elif op == b'c':
            module = line().decode('ascii')
            name = line().decode('ascii')
            stack.append(_find_class(module, name))
        elif c == 0x93:
            name = stack.pop()
            module = stack.pop()
            stack.append(_find_class(module, name))
        elif op == b'R':
            args = stack.pop()
            func = stack.pop()
            stack.append(func(*args))
        elif c == 0x81:
            args = stack.pop()
            cls = stack.pop()
            stack.append(cls.__new__(cls, *args))
        elif op == b'C':
            stack.append(take(take(1)[0]))
        elif op == b'B':
            stack.append(take(int.from_bytes(take(4), 'little')))
        elif c == 0x8e:
            stack.append(take(int.from_bytes(take(8), 'little')))
        elif c == 0x96:
            stack.append(bytearray(take(int.from_bytes(take(8), 'little'))))
        elif op == b')':
            stack.append(())
        elif op == b'(':
            stack.append(_Mark)
        elif op == b't':
            stack.append(tuple(pop_mark()))
        elif c in (0x85, 0x86, 0x87):
            n = c - 0x84
            items = tuple(stack[-n:])
            del stack[-n:]
            stack.append(items)
        elif op == b']':
            stack.append([])
        elif op == b'l':
            stack.append(pop_mark())
        elif op == b'a':
            item = stack.pop()
            stack[-1].append(item)
        elif op == b'e':
            items = pop_mark()
            stack[-1].extend(items)
        elif op == b'}':
            stack.append({})
        elif op == b'd':
            items = pop_mark()
            stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
        elif op == b's':
            value = stack.pop()
            key = stack.pop()
            stack[-1][key] = value
        elif op == b'u':
            items = pop_mark()
            target = stack[-1]
            for i in range(0, len(items), 2):
                target[items[i]] = items[i + 1]
        elif c == 0x8f:
            stack.append(set())
        elif c == 0x90:
            items = pop_mark()
            stack[-1].update(items)
        elif c == 0x91:
            stack.append(frozenset(pop_mark()))
        elif c == 0x94:
            memo[len(memo)] = stack[-1]
        elif op == b'q':
            memo[take(1)[0]] = stack[-1]
        elif op == b'r':
            memo[int.from_bytes(take(4), 'little')] = stack[-1]
        elif op == b'p':
            memo[int(line())] = stack[-1]
        elif op == b'h':
            stack.append(memo[take(1)[0]])
        elif op == b'j':
            stack.append(memo[int.from_bytes(take(4), 'little')])
        elif op == b'g':
            stack.append(memo[int(line())])
        elif op == b'0':
            stack.pop()
        elif op == b'2':
            stack.append(stack[-1])
        else:
            raise UnpicklingError('invalid load key, %r.' % chr(c))

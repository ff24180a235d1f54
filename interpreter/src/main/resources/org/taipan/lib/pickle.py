"""Serialising Python objects to bytes and back: Taipan's own pickle.

Pickler writes protocols 0 to 5 byte for byte as CPython's C pickler does: the same opcodes,
the same memo numbering, 64 KiB frames from protocol 4, large bytes and strings written
outside the frames. Objects other than the built-in containers are saved through their
reduction (copyreg.dispatch_table, __reduce_ex__, __reduce__), functions and classes by
reference (module and qualified name). Unpickler reads every opcode of the six protocols.
"""

import sys as _sys
import io as _io
import struct as _struct
import copyreg as _copyreg
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import types as _types

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS",
           "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME",
           "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

# The opcodes, as 'NAME=code' (code: one character, or x and two hex digits).
_OPCODE_TABLE = """
MARK=( STOP=. POP=0 POP_MARK=1 DUP=2 BINBYTES=B SHORT_BINBYTES=C FLOAT=F BINFLOAT=G INT=I
BININT=J BININT1=K LONG=L BININT2=M NONE=N PERSID=P BINPERSID=Q REDUCE=R STRING=S
BINSTRING=T SHORT_BINSTRING=U UNICODE=V BINUNICODE=X APPEND=a BUILD=b GLOBAL=c DICT=d
APPENDS=e GET=g BINGET=h INST=i LONG_BINGET=j LIST=l OBJ=o PUT=p BINPUT=q LONG_BINPUT=r
SETITEM=s TUPLE=t SETITEMS=u EMPTY_DICT=} EMPTY_LIST=] EMPTY_TUPLE=)
PROTO=x80 NEWOBJ=x81 EXT1=x82 EXT2=x83 EXT4=x84 TUPLE1=x85 TUPLE2=x86 TUPLE3=x87
NEWTRUE=x88 NEWFALSE=x89 LONG1=x8a LONG4=x8b SHORT_BINUNICODE=x8c BINUNICODE8=x8d
BINBYTES8=x8e EMPTY_SET=x8f ADDITEMS=x90 FROZENSET=x91 NEWOBJ_EX=x92 STACK_GLOBAL=x93
MEMOIZE=x94 FRAME=x95 BYTEARRAY8=x96 NEXT_BUFFER=x97 READONLY_BUFFER=x98
"""
for _entry in _OPCODE_TABLE.split():
    _name, _code = _entry.split("=")
    globals()[_name] = bytes([int(_code[1:], 16)]) if len(_code) == 3 else _code.encode()
TRUE = b"I01\n"
FALSE = b"I00\n"
del _entry, _name, _code

_FRAME_TARGET = 64 * 1024   # a frame is closed once it holds this much
_FRAME_MIN = 4              # smaller frames are written without a FRAME header
_BATCH = 1000               # items per APPENDS/SETITEMS/ADDITEMS


class PickleError(Exception):
    """Base class of the pickling errors."""


class PicklingError(PickleError):
    """An object that cannot be pickled."""


class UnpicklingError(PickleError):
    """Data that cannot be unpickled (other errors may be raised too)."""




class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer(object):
    """A wrapper of a buffer that protocol 5 may pickle out of band."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        if self._view is not None:
            self._view.release()
        self._view = None

    def __bytes__(self):
        return self.raw().tobytes()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# --- names of Python 3 globals as Python 2 knew them (fix_imports, protocols 0-2) ---

_PY2_MODULES = dict(pair.split(":") for pair in """
builtins:__builtin__ copyreg:copy_reg queue:Queue socketserver:SocketServer
configparser:ConfigParser reprlib:repr _thread:thread _pickle:pickle _functools:functools
_markupbase:markupbase html.entities:htmlentitydefs html.parser:HTMLParser
http.client:httplib http.cookiejar:cookielib http.cookies:Cookie http.server:BaseHTTPServer
subprocess:commands collections.abc:_abcoll urllib.parse:urlparse urllib.request:urllib2
urllib.robotparser:robotparser xmlrpc.client:xmlrpclib xmlrpc.server:SimpleXMLRPCServer
dbm:anydbm dbm.dumb:dumbdbm dbm.gnu:gdbm dbm.ndbm:dbm _dbm:dbm _gdbm:gdbm _bz2:bz2
""".split())

_PY2_NAMES = {}
for _name in """ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
KeyError KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError
OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError""".split():
    _PY2_NAMES[("builtins", _name)] = ("exceptions", _name)
for _name in """BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError
TimeoutError""".split():
    _PY2_NAMES[("builtins", _name)] = ("exceptions", "OSError")
_PY2_NAMES[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
for _entry in """builtins.chr:__builtin__.unichr builtins.int:__builtin__.long
builtins.range:__builtin__.xrange builtins.str:__builtin__.unicode
builtins.filter:itertools.ifilter builtins.map:itertools.imap builtins.zip:itertools.izip
functools.reduce:__builtin__.reduce _functools.reduce:__builtin__.reduce
sys.intern:__builtin__.intern itertools.filterfalse:itertools.ifilterfalse
itertools.zip_longest:itertools.izip_longest collections.UserDict:UserDict.IterableUserDict
collections.UserList:UserList.UserList collections.UserString:UserString.UserString
urllib.parse.quote:urllib.quote urllib.parse.quote_plus:urllib.quote_plus
urllib.parse.unquote:urllib.unquote urllib.parse.unquote_plus:urllib.unquote_plus
urllib.parse.urlencode:urllib.urlencode""".split():
    _py3, _py2 = _entry.split(":")
    _PY2_NAMES[tuple(_py3.rsplit(".", 1))] = tuple(_py2.rsplit(".", 1))
del _name, _entry, _py3, _py2

# and back, for loading: Python 2 names to Python 3 ones
_PY3_MODULES = {old: new for new, old in _PY2_MODULES.items()
                if not new.startswith("_") or new in ("_thread", "_markupbase")}
_PY3_MODULES.update({"exceptions": "builtins", "cPickle": "pickle", "UserDict": "collections",
                     "UserList": "collections", "UserString": "collections",
                     "cStringIO": "io", "StringIO": "io", "__builtin__": "builtins",
                     "dbm": "dbm.ndbm", "gdbm": "dbm.gnu"})
_PY3_NAMES = {old: new for new, old in _PY2_NAMES.items()
              if (old[0] != "exceptions" or old[1] == new[1]) and new[0] != "_functools"}
_PY3_NAMES.update({("__builtin__", "basestring"): ("builtins", "str"),
                   ("exceptions", "StandardError"): ("builtins", "Exception"),
                   ("UserDict", "UserDict"): ("collections", "UserDict"),
                   ("socket", "_socketobject"): ("socket", "SocketType")})


def _lookup_dotted(obj, dotted):
    """(the object at obj.dotted, its parent); refuses paths through a function's locals."""
    parts = dotted.split(".")
    if "<locals>" in parts:
        raise AttributeError("Can't pickle local object %r" % dotted)
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module that holds obj as `name`: its __module__, else a search."""
    module_name = getattr(obj, "__module__", None)
    if isinstance(module_name, str):
        return module_name
    for module_name, module in list(_sys.modules.items()):
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _lookup_dotted(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _encode_long(n):
    """n as the shortest little-endian two's complement bytes (b'' for 0)."""
    if n == 0:
        return b""
    data = n.to_bytes((n.bit_length() >> 3) + 1, "little", signed=True)
    if len(data) > 1 and ((data[-1] == 0 and data[-2] < 0x80)
                          or (data[-1] == 0xff and data[-2] >= 0x80)):
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


_PROTO0_ESCAPES = {"\\": "\\u005c", "\0": "\\u0000", "\n": "\\u000a", "\r": "\\u000d",
                   "\x1a": "\\u001a"}


def _text_for_unicode_opcode(text):
    """The argument of the protocol 0 UNICODE opcode: Latin-1 with backslash escapes."""
    parts = []
    for ch in text:
        code = ord(ch)
        if ch in _PROTO0_ESCAPES:
            parts.append(_PROTO0_ESCAPES[ch])
        elif code > 0xffff:
            parts.append("\\U%08x" % code)
        elif code > 0xff:
            parts.append("\\u%04x" % code)
        else:
            parts.append(ch)
    return "".join(parts).encode("latin-1")


def _raw_unicode_unescape(data):
    """The raw-unicode-escape decoding: Latin-1 text with \\uXXXX and \\UXXXXXXXX escapes."""
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    parts = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and text[i + 1:i + 2] in ("u", "U"):
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) < width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise UnicodeDecodeError("rawunicodeescape", data, i, i + 2 + len(digits),
                                         "truncated \\%sXXXX escape" % text[i + 1])
            parts.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            parts.append(ch)
            i += 1
    return "".join(parts)


def _parse_int(text):
    try:
        return int(text, 0)
    except ValueError:
        raise ValueError("could not convert string to int") from None


_PY2_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                "v": "\v", "\\": "\\", "'": "'", '"': '"', "\n": ""}


def _unescape_py2_string(data):
    """The bytes of a Python 2 string literal's body (the STRING opcode's argument)."""
    text = data.decode("latin-1")
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        i += 1
        if ch != "\\" or i == len(text):
            out.append(ch)
            continue
        ch = text[i]
        i += 1
        if ch in _PY2_ESCAPES:
            out.append(_PY2_ESCAPES[ch])
        elif ch == "x":
            out.append(chr(int(text[i:i + 2], 16)))
            i += 2
        elif ch in "01234567":
            end = i
            while end < len(text) and end < i + 2 and text[end] in "01234567":
                end += 1
            out.append(chr(int(text[i - 1:end], 8) & 0xff))
            i = end
        else:
            out.append("\\" + ch)
    return "".join(out).encode("latin-1")


class _Output(object):
    """The bytes of one dump, cut into frames from protocol 4 on."""

    def __init__(self, framing):
        self.framing = framing
        self.done = []
        self.frame = bytearray()

    def write(self, data):
        self.frame += data

    def boundary(self):
        if self.framing and len(self.frame) >= _FRAME_TARGET:
            self.commit()

    def commit(self):
        if self.frame:
            if self.framing and len(self.frame) >= _FRAME_MIN:
                self.done.append(FRAME + len(self.frame).to_bytes(8, "little"))
            self.done.append(bytes(self.frame))
            self.frame = bytearray()

    def write_large(self, header, payload):
        # big payloads go outside any frame, so that they are not copied into one
        if self.framing:
            self.commit()
            self.done.append(header)
            self.done.append(bytes(payload))
        else:
            self.frame += header
            self.frame += payload

    def write_sized(self, header, payload):
        if len(payload) >= _FRAME_TARGET:
            self.write_large(header, payload)
        else:
            self.write(header + payload)

    def getvalue(self):
        self.commit()
        return b"".join(self.done)


class _BytesReduction(object):
    """Marks the memo entry of _codecs.encode, the global that rebuilds bytes in
    protocols 0-2 (Taipan has no _codecs module: the name is written as CPython's)."""


_CODECS_ENCODE = _BytesReduction()


class Pickler(object):
    """Writes pickles of objects to a binary file (see dump())."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = 1 if protocol >= 1 else 0
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._out = _Output(self.proto >= 4)
        self._persistent_id = getattr(self, "persistent_id", None)
        self._override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        self._table = _copyreg.dispatch_table if table is None else table
        if self.proto >= 2:
            self._out.done.append(PROTO + bytes([self.proto]))
        self.save(obj)
        self._out.write(STOP)
        data = self._out.getvalue()
        self._out = None
        self._file_write(data)

    # --- the memo ---

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self._out.write(self._put(index))
        self.memo[id(obj)] = (index, obj)

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([index]) if index < 256 else \
                LONG_BINPUT + index.to_bytes(4, "little")
        return PUT + str(index).encode() + b"\n"

    def _get(self, index):
        if self.bin:
            return BINGET + bytes([index]) if index < 256 else \
                LONG_BINGET + index.to_bytes(4, "little")
        return GET + str(index).encode() + b"\n"

    def _memo_index(self, obj):
        entry = self.memo.get(id(obj))
        if entry is not None and entry[1] is obj:
            return entry[0]
        return None

    # --- saving one object ---

    def save(self, obj, save_persistent_id=True):
        self._out.boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self._save_persistent(pid)
                return
        t = type(obj)
        if obj is None:
            self._out.write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._out.write(NEWTRUE if obj else NEWFALSE)
            else:
                self._out.write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self._out.write(BINFLOAT + _struct.pack(">d", obj))
            else:
                self._out.write(FLOAT + repr(obj).encode() + b"\n")
            return
        index = self._memo_index(obj)
        if index is not None:
            self._out.write(self._get(index))
            return
        saver = self._EXACT.get(t)
        if saver is not None:
            saver(self, obj)
            return
        if self._override is not None:
            rv = self._override(obj)
            if rv is not NotImplemented:
                self._save_reduction(obj, rv)
                return
        if t is type or t is _types.FunctionType:
            self._save_class_or_function(obj)
            return
        reduce = self._table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            rv = self._reduction(obj, t)
        self._save_reduction(obj, rv)

    def _reduction(self, obj, t):
        # built-in callables and singletons reduce like CPython's, whose types define __reduce__
        if t is _types.BuiltinFunctionType:
            owner = obj.__self__
            if owner is None or isinstance(owner, _types.ModuleType):
                return obj.__qualname__
            return getattr, (owner, obj.__name__)
        if t is _types.MethodType:
            return getattr, (obj.__self__, obj.__func__.__name__)
        if t in (_types.MethodDescriptorType, _types.WrapperDescriptorType,
                 _types.ClassMethodDescriptorType):
            return getattr, (obj.__objclass__, obj.__name__)
        if obj is Ellipsis:
            return "Ellipsis"
        if obj is NotImplemented:
            return "NotImplemented"
        reduce_ex = getattr(obj, "__reduce_ex__", None)
        if reduce_ex is not None:
            return reduce_ex(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is None:
            raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
        return reduce()

    def _save_reduction(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_persistent(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
            return
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._out.write(PERSID + text + b"\n")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not isinstance(listitems, _Iterator):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not isinstance(dictitems, _Iterator):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        out = self._out
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            self._save_newobj_ex(args, obj)
        elif func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            out.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            out.write(REDUCE)
        if obj is not None:
            index = self._memo_index(obj)
            if index is not None:
                out.write(POP + self._get(index))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                out.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                out.write(TUPLE2 + REDUCE + POP)

    def _save_newobj_ex(self, args, obj):
        if len(args) != 3:
            raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                "not %d" % len(args))
        cls, cls_args, kwargs = args
        if not isinstance(cls, type):
            raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                "not %s" % type(cls).__name__)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("first argument to __newobj_ex__() must be %r, not %r"
                                % (obj.__class__, cls))
        if not isinstance(cls_args, tuple):
            raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                "not %s" % type(cls_args).__name__)
        if not isinstance(kwargs, dict):
            raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                "not %s" % type(kwargs).__name__)
        if self.proto >= 4:
            self.save(cls)
            self.save(cls_args)
            self.save(kwargs)
            self._out.write(NEWOBJ_EX)
        else:
            import functools
            self.save(functools.partial(cls.__new__, cls, *cls_args, **kwargs))
            self.save(())
            self._out.write(REDUCE)

    # --- the types with their own opcodes ---

    def _save_int(self, n):
        out = self._out
        if self.bin:
            if 0 <= n <= 0xff:
                out.write(BININT1 + bytes([n]))
            elif 0 <= n <= 0xffff:
                out.write(BININT2 + n.to_bytes(2, "little"))
            elif -0x80000000 <= n <= 0x7fffffff:
                out.write(BININT + n.to_bytes(4, "little", signed=True))
            elif self.proto >= 2:
                data = _encode_long(n)
                if len(data) < 256:
                    out.write(LONG1 + bytes([len(data)]) + data)
                else:
                    out.write(LONG4 + len(data).to_bytes(4, "little", signed=True) + data)
            else:
                out.write(LONG + repr(n).encode() + b"L\n")
        elif -0x80000000 <= n <= 0x7fffffff:
            out.write(INT + repr(n).encode() + b"\n")
        else:
            out.write(LONG + repr(n).encode() + b"L\n")

    def _write_bytes_opcode(self, data):
        n = len(data)
        if n <= 0xff:
            self._out.write(SHORT_BINBYTES + bytes([n]) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + n.to_bytes(8, "little"), data)
        elif n >= _FRAME_TARGET:
            self._out.write_large(BINBYTES + n.to_bytes(4, "little"), data)
        else:
            self._out.write(BINBYTES + n.to_bytes(4, "little") + data)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode()
                self.save((obj.decode("latin-1"), "latin1"))
                self._out.write(REDUCE)
                self.memoize(obj)
            return
        self._write_bytes_opcode(obj)
        self.memoize(obj)

    def _save_codecs_encode(self):
        index = self._memo_index(_CODECS_ENCODE)
        if index is not None:
            self._out.write(self._get(index))
            return
        self._write_global("_codecs", "encode")
        self.memoize(_CODECS_ENCODE)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._out.write_sized(BYTEARRAY8 + len(obj).to_bytes(8, "little"), bytes(obj))
        self.memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._write_bytes_opcode(view.tobytes())
            else:
                self._out.write_sized(BYTEARRAY8 + view.nbytes.to_bytes(8, "little"),
                                      view.tobytes())
            self.memoize(obj)
        else:
            self._out.write(NEXT_BUFFER)
            if view.readonly:
                self._out.write(READONLY_BUFFER)

    def _save_str(self, obj):
        out = self._out
        if not self.bin:
            out.write(UNICODE + _text_for_unicode_opcode(obj) + b"\n")
        else:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                out.write(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xffffffff and self.proto >= 4:
                out.write_large(BINUNICODE8 + n.to_bytes(8, "little"), data)
            elif n >= _FRAME_TARGET:
                out.write_large(BINUNICODE + n.to_bytes(4, "little"), data)
            else:
                out.write(BINUNICODE + n.to_bytes(4, "little") + data)
        self.memoize(obj)

    def _save_tuple(self, obj):
        out = self._out
        n = len(obj)
        if n == 0:
            out.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = n <= 3 and self.proto >= 2
        if not short:
            out.write(MARK)
        for item in obj:
            self.save(item)
        index = self._memo_index(obj)
        if index is not None:
            # an item refers back to this tuple, which is already built: use that one
            if short:
                out.write(POP * n)
            elif self.bin:
                out.write(POP_MARK)
            else:
                out.write(POP * (n + 1))
            out.write(self._get(index))
            return
        out.write((TUPLE1, TUPLE2, TUPLE3)[n - 1] if short else TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin:
            for item in obj:
                self.save(item)
                self._out.write(APPEND)
        elif len(obj) == 1:
            self.save(obj[0])
            self._out.write(APPEND)
        else:
            for start in range(0, len(obj), _BATCH):
                self._out.write(MARK)
                for item in obj[start:start + _BATCH]:
                    self.save(item)
                self._out.write(APPENDS)

    def _save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        pairs = list(obj.items())
        if not self.bin:
            for key, value in pairs:
                self.save(key)
                self.save(value)
                self._out.write(SETITEM)
        elif len(pairs) == 1:
            self.save(pairs[0][0])
            self.save(pairs[0][1])
            self._out.write(SETITEM)
        else:
            for start in range(0, len(pairs), _BATCH):
                self._out.write(MARK)
                for key, value in pairs[start:start + _BATCH]:
                    self.save(key)
                    self.save(value)
                self._out.write(SETITEMS)
            if pairs and len(pairs) % _BATCH == 0:
                self._out.write(MARK + SETITEMS)    # as CPython: an empty last batch

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self._out.write(APPEND)
            return
        for chunk in _chunks(items):
            if len(chunk) == 1:
                self.save(chunk[0])
                self._out.write(APPEND)
            else:
                self._out.write(MARK)
                for item in chunk:
                    self.save(item)
                self._out.write(APPENDS)

    def _batch_setitems(self, items):
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                self._out.write(SETITEM)
            return
        for chunk in _chunks(items):
            if len(chunk) == 1:
                self.save(chunk[0][0])
                self.save(chunk[0][1])
                self._out.write(SETITEM)
            else:
                self._out.write(MARK)
                for key, value in chunk:
                    self.save(key)
                    self.save(value)
                self._out.write(SETITEMS)

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._out.write(EMPTY_SET)
        self.memoize(obj)
        for chunk in _chunks(obj):
            self._out.write(MARK)
            for item in chunk:
                self.save(item)
            self._out.write(ADDITEMS)
        if obj and len(obj) % _BATCH == 0:
            self._out.write(MARK + ADDITEMS)    # as CPython: an empty last batch

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._out.write(MARK)
        for item in obj:
            self.save(item)
        index = self._memo_index(obj)
        if index is not None:
            self._out.write(POP_MARK + self._get(index))
            return
        self._out.write(FROZENSET)
        self.memoize(obj)

    # --- globals: classes and functions by reference ---

    def _save_class_or_function(self, obj):
        for singleton in (None, NotImplemented, Ellipsis):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = _sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, parent = _lookup_dotted(module, name)
        except AttributeError as e:
            if "<locals>" in name.split("."):
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._out.write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._out.write(EXT2 + code.to_bytes(2, "little"))
                else:
                    self._out.write(EXT4 + code.to_bytes(4, "little", signed=True))
                return
        last = name.rpartition(".")[2]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_global(self, module_name, name):
        if self.proto >= 3:
            self._out.write(GLOBAL + module_name.encode("utf-8") + b"\n"
                            + name.encode("utf-8") + b"\n")
            return
        if self.fix_imports:
            if (module_name, name) in _PY2_NAMES:
                module_name, name = _PY2_NAMES[(module_name, name)]
            elif module_name in _PY2_MODULES:
                module_name = _PY2_MODULES[module_name]
        try:
            self._out.write(GLOBAL + module_name.encode("ascii") + b"\n"
                            + name.encode("ascii") + b"\n")
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                "protocol %d" % (module_name, name, self.proto)) from None

    _EXACT = {bytes: _save_bytes, str: _save_str, dict: _save_dict, set: _save_set,
              frozenset: _save_frozenset, list: _save_list, tuple: _save_tuple,
              bytearray: _save_bytearray, PickleBuffer: _save_picklebuffer}


from collections.abc import Iterator as _Iterator


def _chunks(iterable):
    """Lists of up to _BATCH items of iterable, consumed lazily."""
    iterator = iter(iterable)
    while True:
        chunk = []
        for item in iterator:
            chunk.append(item)
            if len(chunk) == _BATCH:
                break
        if not chunk:
            return
        yield chunk
        if len(chunk) < _BATCH:
            return


# --- reading ---

class Unpickler(object):
    """Reads pickles from a binary file (see load())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._read = file.read
            self._readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if hasattr(_sys, "audit"):
            _sys.audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        if module == "_codecs" and name in ("encode", "decode") and "_codecs" not in _sys.modules:
            import codecs
            return getattr(codecs, name)
        __import__(module, level=0)
        owner = _sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup_dotted(owner, name)[0]
            return getattr(owner, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, owner)) from None

    def load(self):
        """Reads one pickle from the file and returns the object it rebuilds."""
        if not hasattr(self, "_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        handlers = self._HANDLERS
        read = self._read
        try:
            while True:
                op = read(1)
                if not op:
                    raise EOFError("Ran out of input")
                handler = handlers.get(op[0])
                if handler is None:
                    key = chr(op[0]) if 0x20 <= op[0] < 0x7f else "\\x%02x" % op[0]
                    raise UnpicklingError("invalid load key, '%s'." % key)
                handler(self)
        except _Stop as stop:
            return stop.value

    # --- stack and input helpers ---

    def _take(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        data = self._readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def _size(self, width):
        return int.from_bytes(self._take(width), "little")

    def _underflow(self):
        if self._marks:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _fence(self):
        return self._marks[-1] if self._marks else 0

    def _push(self, value):
        self._stack.append(value)

    def _pop(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack.pop()

    def _top(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack[-1]

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _memo_get(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    # --- the opcodes ---

    def _op_proto(self):
        proto = self._take(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _op_frame(self):
        self._size(8)

    def _op_stop(self):
        raise _Stop(self._pop())

    def _op_int(self):
        text = self._line()
        if text == b"00":
            self._push(False)
        elif text == b"01":
            self._push(True)
        else:
            self._push(_parse_int(text))

    def _op_long(self):
        text = self._line()
        if text.endswith(b"L"):
            text = text[:-1]
        self._push(_parse_int(text))

    def _op_float(self):
        text = self._line()
        try:
            self._push(float(text))
        except ValueError:
            raise ValueError("could not convert string to float: '%s\n'"
                             % text.decode("latin-1")) from None

    def _op_long4(self):
        n = int.from_bytes(self._take(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(_decode_long(self._take(n)))

    def _op_string(self):
        text = self._line().rstrip()
        if len(text) >= 2 and text[0] == text[-1] and text[:1] in (b'"', b"'"):
            text = text[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_string(_unescape_py2_string(text)))

    def _op_unicode(self):
        self._push(_raw_unicode_unescape(self._line()))

    def _op_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self._push(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _extension(self, code):
        if code in _extension_cache:
            self._push(_extension_cache[code])
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self._push(obj)

    def _op_reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._push(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            self._push(cls(*args))
        else:
            self._push(cls.__new__(cls))

    def _op_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def _op_obj(self):
        items = self._pop_mark()
        if not items:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(items[0], items[1:])

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            target = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = _sys.intern(key)
                target[key] = value
        if slots:
            if not isinstance(slots, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for key, value in slots.items():
                setattr(inst, key, value)

    def _op_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._push(self.persistent_load(pid))

    def _op_binpersid(self):
        self._push(self.persistent_load(self._pop()))

    def _op_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            add = target.append
            for item in items:
                add(item)

    def _op_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _op_dict(self):
        items = self._pop_mark()
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_append(self):
        value = self._pop()
        self._top().append(value)

    def _op_small_tuple(self, n):
        if len(self._stack) - self._fence() < n:
            raise self._underflow()
        items = tuple(self._stack[len(self._stack) - n:])
        del self._stack[len(self._stack) - n:]
        self._push(items)

    def _op_pop(self):
        if len(self._stack) > self._fence():
            self._stack.pop()
        elif self._marks:
            self._pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _op_readonly_buffer(self):
        buf = self._top()
        view = buf.raw() if isinstance(buf, PickleBuffer) else memoryview(buf)
        if not view.readonly:
            self._stack[-1] = view.toreadonly()


def _handlers():
    u = Unpickler
    table = {
        MARK: lambda s: s._marks.append(len(s._stack)),
        STOP: u._op_stop,
        POP: u._op_pop,
        POP_MARK: lambda s: s._pop_mark(),
        DUP: lambda s: s._push(s._top()),
        FLOAT: u._op_float,
        BINFLOAT: lambda s: s._push(_struct.unpack(">d", s._take(8))[0]),
        INT: u._op_int,
        BININT: lambda s: s._push(int.from_bytes(s._take(4), "little", signed=True)),
        BININT1: lambda s: s._push(s._take(1)[0]),
        BININT2: lambda s: s._push(s._size(2)),
        LONG: u._op_long,
        LONG1: lambda s: s._push(_decode_long(s._take(s._take(1)[0]))),
        LONG4: u._op_long4,
        NONE: lambda s: s._push(None),
        NEWTRUE: lambda s: s._push(True),
        NEWFALSE: lambda s: s._push(False),
        PERSID: u._op_persid,
        BINPERSID: u._op_binpersid,
        REDUCE: u._op_reduce,
        STRING: u._op_string,
        BINSTRING: lambda s: s._push(s._decode_string(
            s._take(int.from_bytes(s._take(4), "little", signed=True)))),
        SHORT_BINSTRING: lambda s: s._push(s._decode_string(s._take(s._take(1)[0]))),
        UNICODE: u._op_unicode,
        BINUNICODE: lambda s: s._push(str(s._take(s._size(4)), "utf-8", "surrogatepass")),
        BINUNICODE8: lambda s: s._push(str(s._take(s._size(8)), "utf-8", "surrogatepass")),
        SHORT_BINUNICODE: lambda s: s._push(str(s._take(s._take(1)[0]), "utf-8",
                                                "surrogatepass")),
        BINBYTES: lambda s: s._push(s._take(s._size(4))),
        BINBYTES8: lambda s: s._push(s._take(s._size(8))),
        SHORT_BINBYTES: lambda s: s._push(s._take(s._take(1)[0])),
        BYTEARRAY8: lambda s: s._push(bytearray(s._take(s._size(8)))),
        NEXT_BUFFER: u._op_next_buffer,
        READONLY_BUFFER: u._op_readonly_buffer,
        APPEND: u._op_append,
        APPENDS: u._op_appends,
        BUILD: u._op_build,
        GLOBAL: u._op_global,
        STACK_GLOBAL: u._op_stack_global,
        DICT: u._op_dict,
        EMPTY_DICT: lambda s: s._push({}),
        SETITEM: u._op_setitem,
        SETITEMS: u._op_setitems,
        EMPTY_SET: lambda s: s._push(set()),
        ADDITEMS: u._op_additems,
        FROZENSET: lambda s: s._push(frozenset(s._pop_mark())),
        LIST: lambda s: s._push(s._pop_mark()),
        EMPTY_LIST: lambda s: s._push([]),
        TUPLE: lambda s: s._push(tuple(s._pop_mark())),
        EMPTY_TUPLE: lambda s: s._push(()),
        TUPLE1: lambda s: s._op_small_tuple(1),
        TUPLE2: lambda s: s._op_small_tuple(2),
        TUPLE3: lambda s: s._op_small_tuple(3),
        GET: lambda s: s._memo_get(int(s._line())),
        BINGET: lambda s: s._memo_get(s._take(1)[0]),
        LONG_BINGET: lambda s: s._memo_get(s._size(4)),
        PUT: lambda s: s._memo_put(int(s._line())),
        BINPUT: lambda s: s._memo_put(s._take(1)[0]),
        LONG_BINPUT: lambda s: s._memo_put(s._size(4)),
        MEMOIZE: lambda s: s._memo_put(len(s.memo)),
        INST: u._op_inst,
        OBJ: u._op_obj,
        NEWOBJ: u._op_newobj,
        NEWOBJ_EX: u._op_newobj_ex,
        EXT1: lambda s: s._extension(s._take(1)[0]),
        EXT2: lambda s: s._extension(s._size(2)),
        EXT4: lambda s: s._extension(int.from_bytes(s._take(4), "little", signed=True)),
        PROTO: u._op_proto,
        FRAME: u._op_frame,
    }
    return {code[0]: handler for code, handler in table.items()}


Unpickler._HANDLERS = _handlers()

# CPython's classes come from its C accelerator, _pickle; so do their names in reprs
for _cls in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
    _cls.__module__ = "_pickle"
del _cls


# --- the functions ---

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    buffer = _io.BytesIO()
    Pickler(buffer, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return buffer.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickle from the binary file and returns the object it rebuilds."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object rebuilt from the pickle in data (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(bytes(data)), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()

"""Disassembly: code objects shown as CPython 3.11 bytecode instructions.

Taipan compiles to CPython 3.11's instruction stream in its own encoding (one word per
instruction, absolute jumps, no inline caches; see org.taipan.compile.Opcode and
docs/opcodes.md). This module lays a code object's instructions out as CPython 3.11 bytecode
(CACHE entries, PRECALL before CALL, EXTENDED_ARG prefixes, relative forward/backward jumps),
so offsets, jump targets, line starts, the exception table and the printed text are CPython's.
Taipan's own implementation.
"""

import sys
import types
import collections
import _dis

from opcode import *
from opcode import __all__ as _opcode_names
from opcode import _nb_ops, _inline_cache_entries, _cache_format, _specializations
from opcode import _specialized_instructions

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "findlabels", "show_code", "get_instructions", "Instruction",
           "Bytecode"] + _opcode_names
del _opcode_names

# Objects dis() looks into when it finds them in a class or module namespace.
_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)

# Opcodes whose argument needs special decoding, and the tables for them.
(FORMAT_VALUE, MAKE_FUNCTION, LOAD_CONST, LOAD_GLOBAL, BINARY_OP, JUMP_BACKWARD,
 CACHE) = (opmap[_name] for _name in ('FORMAT_VALUE', 'MAKE_FUNCTION', 'LOAD_CONST',
                                      'LOAD_GLOBAL', 'BINARY_OP', 'JUMP_BACKWARD', 'CACHE'))
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')


def _with_specialized_names():
    # Specialized (adaptive) instructions live in the unused opcode slots, in order.
    names = list(opname)
    numbers = dict(opmap)
    free = (slot for slot, name in enumerate(names) if name.startswith('<'))
    for slot, name in zip(free, _specialized_instructions):
        names[slot] = name
        numbers[name] = slot
    return names, numbers


_all_opname, _all_opmap = _with_specialized_names()
deoptmap = {variant: family for family, variants in _specializations.items()
            for variant in variants}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


class _Text:
    """Collects what print(..., file=) writes, for Bytecode.dis()."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def getvalue(self):
        return ''.join(self.parts)


class _Unknown:
    """The argval of an argument that cannot be resolved (no names or constants given)."""

    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()

Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")


# --- Taipan's instruction words laid out as CPython 3.11 bytecode -------------------------

_JUMP_FORMS = {
    # Taipan opcode: (CPython name when forward, when backward)
    'JUMP': ('JUMP_FORWARD', 'JUMP_BACKWARD'),
    'JUMP_NO_INTERRUPT': ('JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT'),
    'POP_JUMP_IF_FALSE': ('POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_FALSE'),
    'POP_JUMP_IF_TRUE': ('POP_JUMP_FORWARD_IF_TRUE', 'POP_JUMP_BACKWARD_IF_TRUE'),
    'POP_JUMP_IF_NONE': ('POP_JUMP_FORWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NONE'),
    'POP_JUMP_IF_NOT_NONE': ('POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE'),
    'JUMP_IF_FALSE_OR_POP': ('JUMP_IF_FALSE_OR_POP', None),
    'JUMP_IF_TRUE_OR_POP': ('JUMP_IF_TRUE_OR_POP', None),
    'FOR_ITER': ('FOR_ITER', None),
    'SEND': ('SEND', None),
}


def _extended_args(arg):
    return 0 if arg <= 0xFF else 1 if arg <= 0xFFFF else 2 if arg <= 0xFFFFFF else 3


class _Layout:
    """One code object as CPython bytecode: `code` (bytes), `positions` (one 4-tuple per code
    unit), `exception_entries`, and `lasti` to translate a Taipan f_lasti."""

    def __init__(self, co):
        words, table = _dis.layout(co)
        names = _dis.opnames
        # ops[i]: list of [cpython opname, arg] emitted for Taipan instruction i
        ops = []
        jumps = []
        for i, (op, arg, *_pos) in enumerate(words):
            name = names[op]
            if name == 'CALL':
                ops.append([['PRECALL', arg], ['CALL', arg]])
            elif name in _JUMP_FORMS:
                forward, backward = _JUMP_FORMS[name]
                back = arg <= i and backward is not None
                ops.append([[backward if back else forward, 0]])
                jumps.append((i, arg, back))
            else:
                ops.append([[name, arg]])
        n = len(words)
        # Relative jump arguments depend on offsets, which depend on EXTENDED_ARG counts:
        # iterate until the layout stops changing.
        while True:
            starts = []
            offset = 0
            for group in ops:
                starts.append(offset)
                for name, arg in group:
                    offset += 1 + _extended_args(arg) + _inline_cache_entries[opmap[name]]
            starts.append(offset)
            changed = False
            for i, target, back in jumps:
                after = starts[i + 1]
                rel = after - starts[target] if back else starts[target] - after
                if ops[i][0][1] != rel:
                    ops[i][0][1] = rel
                    changed = True
            if not changed:
                break
        self.starts = starts
        code = bytearray()
        positions = []
        main = []
        for i, group in enumerate(ops):
            pos = tuple(words[i][2:])
            for name, arg in group:
                ext = _extended_args(arg)
                for k in range(ext, 0, -1):
                    code += bytes((EXTENDED_ARG, (arg >> (8 * k)) & 0xFF))
                    positions.append(pos)
                op = opmap[name]
                main_offset = len(code)
                code += bytes((op, arg & 0xFF))
                positions.append(pos)
                for _ in range(_inline_cache_entries[op]):
                    code += bytes((CACHE, 0))
                    positions.append(pos)
            main.append(main_offset)
        self.main = main
        self.code = bytes(code)
        self.positions = positions
        entries = []
        for start, end, target, depth_lasti in table:
            entries.append(_ExceptionTableEntry(starts[start] * 2, starts[end] * 2,
                                                starts[target] * 2, depth_lasti >> 1,
                                                bool(depth_lasti & 1)))
        self.exception_entries = entries

    def lasti(self, taipan_lasti):
        """The CPython offset of the instruction at Taipan's f_lasti / tb_lasti."""
        if taipan_lasti < 0:
            return taipan_lasti
        index = taipan_lasti // 4
        return self.main[index] if index < len(self.main) else taipan_lasti

    def lines(self):
        """co_lines() of the CPython layout: (start, end, line) ranges."""
        result = []
        for unit, pos in enumerate(self.positions):
            line = pos[0]
            if result and result[-1][2] == line and result[-1][1] == unit * 2:
                result[-1] = (result[-1][0], unit * 2 + 2, line)
            else:
                result.append((unit * 2, unit * 2 + 2, line))
        return result


_layouts = {}


def _layout(co):
    key = id(co)
    entry = _layouts.get(key)
    if entry is None or entry[0] is not co:
        entry = (co, _Layout(co))
        _layouts[key] = entry
    return entry[1]



# --- finding the code to show -------------------------------------------------------------

def _unwrap(x):
    """The code-bearing object behind a method, function, generator or coroutine."""
    x = getattr(x, '__func__', x)
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _try_compile(source, name):
    # An expression compiles in 'eval' mode (so its value shows up); else a module.
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _cannot(x):
    return TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _get_code_object(x):
    """The code object for x (a function, method, generator, code or source string)."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if not hasattr(x, 'co_code'):
        raise _cannot(x)
    return x


# --- code_info ----------------------------------------------------------------------------

def pretty_flags(flags):
    """The names of the code flags set in flags, comma separated (unknown bits in hex)."""
    names = []
    bit = 0
    while flags and bit < 32:
        mask = 1 << bit
        if flags & mask:
            names.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
            flags ^= mask
        bit += 1
    if flags or not names:
        names.append(hex(flags))
    return ", ".join(names)


def _format_code_info(co):
    header = (("Name", co.co_name), ("Filename", co.co_filename),
              ("Argument count", co.co_argcount),
              ("Positional-only arguments", co.co_posonlyargcount),
              ("Kw-only arguments", co.co_kwonlyargcount),
              ("Number of locals", co.co_nlocals), ("Stack size", co.co_stacksize),
              ("Flags", pretty_flags(co.co_flags)))
    out = []
    for label, value in header:
        # Labels are padded to a common column, except the two longer ones.
        out.append(f"{label + ':':<18} {value}" if len(label) < 18 else f"{label}: {value}")
    tables = (("Constants", co.co_consts, repr), ("Names", co.co_names, str),
              ("Variable names", co.co_varnames, str),
              ("Free variables", co.co_freevars, str),
              ("Cell variables", co.co_cellvars, str))
    for title, values, show in tables:
        if values:
            out.append(title + ":")
            out.extend("%4d: %s" % (i, show(v)) for i, v in enumerate(values))
    return "\n".join(out)


def code_info(x):
    """A multi-line description of the code object behind x."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print code_info(co) to file (default: sys.stdout)."""
    print(code_info(co), file=file)


# --- instructions -------------------------------------------------------------------------

_Instruction = collections.namedtuple(
    "_Instruction", ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
                     'is_jump_target', 'positions'],
    defaults=[None])

for _field, _text in (
        ('opname', "The instruction's name"),
        ('opcode', "The instruction's numeric opcode"),
        ('arg', "The raw argument, or None for instructions without one"),
        ('argval', "The argument resolved to a value where possible, else the raw argument"),
        ('argrepr', "The argument as shown in a disassembly listing"),
        ('offset', "Byte offset of the instruction in co_code"),
        ('starts_line', "The source line this instruction begins, or None"),
        ('is_jump_target', "Whether some jump or exception handler lands here"),
        ('positions', "A dis.Positions with the source span the instruction covers")):
    getattr(_Instruction, _field).__doc__ = _text
del _field, _text


class Instruction(_Instruction):
    """One bytecode instruction with its argument decoded and its source position."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """This instruction as one line of a dis() listing."""
        if not lineno_width:
            line_column = []
        elif self.starts_line is None:
            line_column = [' ' * lineno_width]
        else:
            line_column = [str(self.starts_line).rjust(lineno_width)]
        columns = line_column + [
            '-->' if mark_as_current else '   ',
            '>>' if self.is_jump_target else '  ',
            repr(self.offset).rjust(offset_width),
            self.opname.ljust(_OPNAME_WIDTH),
        ]
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append(f'({self.argrepr})')
        return ' '.join(columns).rstrip()


def _deoptop(op):
    family = deoptmap.get(_all_opname[op])
    return op if family is None else _all_opmap[family]


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _jump_target(op, offset, arg):
    """Where a jump at offset lands, or None if op is not a jump."""
    if op in hasjrel:
        step = -arg if _is_backward_jump(op) else arg
        return offset + 2 + 2 * step
    if op in hasjabs:
        return 2 * arg
    return None


def _unpack_opargs(code):
    """(offset, opcode, argument or None) for each instruction, skipping inline caches;
    EXTENDED_ARG prefixes are folded into the following argument."""
    prefix = 0
    skip = 0
    for offset in range(0, len(code), 2):
        if skip:
            skip -= 1
            continue
        op = code[offset]
        base = _deoptop(op)
        skip = _inline_cache_entries[base]
        if base < HAVE_ARGUMENT:
            prefix = 0
            yield offset, op, None
            continue
        arg = prefix | code[offset + 1]
        prefix = 0
        if base == EXTENDED_ARG:
            prefix = arg << 8
            if prefix >= 1 << 31:
                prefix -= 1 << 32
        yield offset, op, arg


def findlabels(code):
    """The offsets that jumps in the bytecode string code go to, in order of discovery."""
    found = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        target = _jump_target(op, offset, arg)
        if target is not None and target not in found:
            found.append(target)
    return found


def findlinestarts(code):
    """Yield (offset, line number) for each offset where a new source line begins."""
    previous = None
    for start, _end, line in _layout(code).lines():
        if line is None or line == previous:
            continue
        previous = line
        yield start, line


def _localsplus_names(co):
    # Index space of the local-variable opcodes: locals (arguments first), then cells
    # that are not also arguments, then free variables.
    names = list(co.co_varnames)
    names.extend(cell for cell in co.co_cellvars if cell not in names)
    names.extend(co.co_freevars)
    return names.__getitem__


class _ArgumentDecoder:
    """Turns (opcode, raw argument, offset) into (argval, argrepr) for one code object."""

    def __init__(self, local_name=None, names=None, consts=None):
        self.local_name = local_name
        self.global_name = None if names is None else names.__getitem__
        self.consts = consts

    @staticmethod
    def _lookup(getter, index):
        if getter is None:
            return UNKNOWN, ''
        value = getter(index)
        return value, value

    def decode(self, base, arg, offset):
        if base in hasconst:
            if base == LOAD_CONST and self.consts is not None:
                value = self.consts[arg]
                return value, repr(value)
            return UNKNOWN, ''
        if base in hasname:
            if base != LOAD_GLOBAL:
                return self._lookup(self.global_name, arg)
            value, text = self._lookup(self.global_name, arg // 2)
            if text and arg & 1:
                text = "NULL + " + text
            return value, text
        target = _jump_target(base, offset, arg)
        if target is not None:
            return target, "to " + repr(target)
        if base in haslocal or base in hasfree:
            return self._lookup(self.local_name, arg)
        if base in hascompare:
            return cmp_op[arg], cmp_op[arg]
        if base == FORMAT_VALUE:
            convert, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
            has_spec = bool(arg & 0x4)
            if has_spec:
                text = text + ', with format' if text else 'with format'
            return (convert, has_spec), text
        if base == MAKE_FUNCTION:
            return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                                  if arg & (1 << bit))
        if base == BINARY_OP:
            return arg, _nb_ops[arg][1]
        return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    """Generate the Instructions of the bytecode string code."""
    spans = co_positions or iter(())
    next_span = lambda: Positions(*next(spans, ()))
    decoder = _ArgumentDecoder(varname_from_oparg, names, co_consts)
    targets = set(findlabels(code))
    targets.update(entry[2] for entry in exception_entries)
    line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            line = linestarts.get(offset)
            if line is not None:
                line += line_offset
        base = _deoptop(op)
        argval, argrepr = (None, '') if arg is None else decoder.decode(base, arg, offset)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, line,
                          offset in targets, next_span())
        if not _inline_cache_entries[base]:
            continue
        if not show_caches:
            for _ in range(_inline_cache_entries[base]):
                next(spans, ())
            continue
        yield from _cache_instructions(code, op, base, offset, next_span)


def _cache_instructions(code, op, base, offset, next_span):
    # One CACHE pseudo-instruction per cache word; a specialized instruction shows the
    # value of each named cache field on that field's first word.
    for field, width in _cache_format[opname[base]].items():
        for word in range(width):
            offset += 2
            text = ""
            if word == 0 and op != base:
                raw = code[offset:offset + 2 * width]
                text = f"{field}: {int.from_bytes(raw, sys.byteorder)}"
            yield Instruction("CACHE", CACHE, 0, None, text, offset, None, False,
                              next_span())


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator over the Instructions of the code behind x.  Unlike Bytecode and dis(),
    it does not count exception handlers as jump targets (CPython 3.11 behaves so)."""
    listing = Bytecode(x, first_line=first_line, show_caches=show_caches, adaptive=adaptive)
    listing.exception_entries = ()
    return iter(listing)


# --- printing -----------------------------------------------------------------------------

def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    if linestarts:
        highest = max(linestarts.values()) + line_offset
        line_width = 3 if highest < 1000 else len(str(highest))
    else:
        line_width = 0
    last_offset = len(code) - 2
    offset_width = 4 if last_offset < 10000 else len(str(last_offset))
    for ins in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                       linestarts, line_offset=line_offset,
                                       exception_entries=exception_entries,
                                       co_positions=co_positions, show_caches=show_caches):
        if line_width and ins.offset > 0 and ins.starts_line is not None:
            print(file=file)   # a blank line before each new source line
        if show_caches:
            current = lasti == ins.offset
        else:
            # Without caches shown, an f_lasti inside them marks their instruction.
            span = 2 * _inline_cache_entries[_deoptop(ins.opcode)]
            current = ins.offset <= lasti <= ins.offset + span
        print(ins._disassemble(line_width, current, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for e in exception_entries:
            suffix = " lasti" if e.lasti else ""
            print(f"  {e.start} to {e.end - 2} -> {e.target} [{e.depth}]{suffix}", file=file)


def _disassemble_code(co, lasti, file, show_caches, line_offset=0, linestarts=None):
    layout = _layout(co)
    if linestarts is None:
        linestarts = dict(findlinestarts(co))
    _disassemble_bytes(layout.code, lasti, _localsplus_names(co), co.co_names, co.co_consts,
                       linestarts, file=file, line_offset=line_offset,
                       exception_entries=layout.exception_entries,
                       co_positions=iter(layout.positions), show_caches=show_caches)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the instructions of code object co, marking the one at offset lasti."""
    _disassemble_code(co, lasti, file, show_caches)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None and depth <= 0:
        return
    deeper = None if depth is None else depth - 1
    for const in co.co_consts:
        if not hasattr(const, 'co_code'):
            continue
        print(file=file)
        print("Disassembly of %r:" % (const,), file=file)
        _disassemble_recursive(const, file=file, depth=deeper, show_caches=show_caches,
                               adaptive=adaptive)


def _disassemble_str(source, **kwargs):
    """Compile source and disassemble the result."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of x: a module, class, function, method, generator,
    coroutine, code object, source string or raw bytecode; with no x, the code of
    the last traceback. Nested code objects are shown too, down to depth levels."""
    options = dict(file=file, show_caches=show_caches, adaptive=adaptive)
    if x is None:
        distb(**options)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        # A class or module: every function, method, class or code object in it.
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print("Disassembly of %s:" % name, file=file)
            try:
                dis(member, depth=depth, **options)
            except TypeError as problem:
                print("Sorry:", problem, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, depth=depth, **options)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, depth=depth, **options)
    else:
        raise _cannot(x)


def _innermost(tb):
    while tb.tb_next:
        tb = tb.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code where traceback tb (default: the last one) stopped,
    marking the instruction that raised."""
    if tb is None:
        if not hasattr(sys, 'last_traceback'):
            raise RuntimeError("no last traceback to disassemble")
        tb = _innermost(sys.last_traceback)
    co = tb.tb_frame.f_code
    disassemble(co, _layout(co).lasti(tb.tb_lasti), file=file, show_caches=show_caches,
                adaptive=adaptive)


class Bytecode:
    """The instructions of a piece of code; iterate over it for Instruction objects,
    or call dis() and info() for the printed forms."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        co = _get_code_object(x)
        self.codeobj = co
        self._original_object = x
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self.current_offset = current_offset
        self.exception_entries = _layout(co).exception_entries
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        layout = _layout(co)
        return _get_instructions_bytes(layout.code, _localsplus_names(co), co.co_names,
                                       co.co_consts, self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=iter(layout.positions),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return f"{type(self).__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of the innermost frame of tb, its current_offset where it stopped."""
        co = _innermost(tb).tb_frame.f_code
        return cls(co, current_offset=_layout(co).lasti(_innermost(tb).tb_lasti),
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of this code."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The disassembly listing, as a str."""
        lasti = -1 if self.current_offset is None else self.current_offset
        text = _Text()
        _disassemble_code(self.codeobj, lasti, text, self.show_caches,
                          self._line_offset, self._linestarts)
        return text.getvalue()

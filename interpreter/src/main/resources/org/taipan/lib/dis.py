"""Disassembler of Python bytecode into mnemonics.

Taipan compiles to CPython 3.11's instruction stream in its own encoding (one word per
instruction, absolute jumps, no inline caches; see org.taipan.compile.Opcode and
docs/opcodes.md). This module lays a code object's instructions out as CPython 3.11 bytecode
(CACHE entries, PRECALL before CALL, EXTENDED_ARG prefixes, relative forward/backward jumps),
so offsets, jump targets, line starts, the exception table and the printed text are CPython's.
"""

import sys
import types
import collections
import _dis

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _nb_ops, _inline_cache_entries, _cache_format, _specializations
from opcode import _specialized_instructions

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
CACHE = opmap["CACHE"]

_all_opname = list(opname)
_all_opmap = dict(opmap)
_empty_slot = [slot for slot, name in enumerate(_all_opname) if name.startswith("<")]
for _spec_op, _specialized in zip(_empty_slot, _specialized_instructions):
    _all_opname[_spec_op] = _specialized
    _all_opmap[_specialized] = _spec_op
deoptmap = {specialized: base for base, family in _specializations.items()
            for specialized in family}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED", 2: "NEWLOCALS", 4: "VARARGS", 8: "VARKEYWORDS", 16: "NESTED",
    32: "GENERATOR", 64: "NOFREE", 128: "COROUTINE", 256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


class _Text:
    """A minimal writable text buffer (print(..., file=) target) for Bytecode.dis()."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def getvalue(self):
        return ''.join(self.parts)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


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


# --- the public API -----------------------------------------------------------------------

def _try_compile(source, name):
    try:
        c = compile(source, name, 'eval')
    except SyntaxError:
        c = compile(source, name, 'exec')
    return c


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback. Compiled objects currently include
    generator objects, async generator objects, and coroutine objects, all of which store their
    code object in a special attribute.
    """
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__'):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                               adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    co = tb.tb_frame.f_code
    disassemble(co, _layout(co).lasti(tb.tb_lasti), file=file, show_caches=show_caches,
                adaptive=adaptive)


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    """Helper to handle methods, compiled or raw code objects, and strings."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _deoptop(op):
    name = _all_opname[op]
    return _all_opmap[deoptmap[name]] if name in deoptmap else op


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    sections = (("Constants:", co.co_consts, "%4d: %r"), ("Names:", co.co_names, "%4d: %s"),
                ("Variable names:", co.co_varnames, "%4d: %s"),
                ("Free variables:", co.co_freevars, "%4d: %s"),
                ("Cell variables:", co.co_cellvars, "%4d: %s"))
    for title, values, fmt in sections:
        if values:
            lines.append(title)
            for item in enumerate(values):
                lines.append(fmt % item)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction", ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
                     'is_jump_target', 'positions'],
    defaults=[None])

_Instruction.opname.__doc__ = "Human readable name for operation"
_Instruction.opcode.__doc__ = "Numeric code for operation"
_Instruction.arg.__doc__ = "Numeric argument to operation (if any), otherwise None"
_Instruction.argval.__doc__ = "Resolved arg value (if known), otherwise same as arg"
_Instruction.argrepr.__doc__ = "Human readable description of operation argument"
_Instruction.offset.__doc__ = "Start index of operation within bytecode sequence"
_Instruction.starts_line.__doc__ = "Line started by this opcode (if any), otherwise None"
_Instruction.is_jump_target.__doc__ = "True if other code jumps to here, otherwise False"
_Instruction.positions.__doc__ = "dis.Positions object holding the span of source code covered by this instruction"

_ExceptionTableEntry = collections.namedtuple("_ExceptionTableEntry",
                                              "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation.

    opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions.
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """Format instruction details for inclusion in disassembly output."""
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code."""
    co = _get_code_object(x)
    layout = _layout(co)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    return _get_instructions_bytes(layout.code, _varname_getter(co), co.co_names,
                                   co.co_consts, linestarts, line_offset,
                                   layout.exception_entries, iter(layout.positions),
                                   show_caches)


def _varname_getter(co):
    names = co.co_varnames + co.co_cellvars + co.co_freevars
    # localsplus order: arguments and locals, then cells that are not arguments, then frees
    plus = list(co.co_varnames)
    for n in co.co_cellvars:
        if n not in plus:
            plus.append(n)
    plus.extend(co.co_freevars)
    del names
    return plus.__getitem__


def _get_const_value(op, arg, co_consts):
    argval = UNKNOWN
    if op == LOAD_CONST and co_consts is not None:
        argval = co_consts[arg]
    return argval


def _get_const_info(op, arg, co_consts):
    argval = _get_const_value(op, arg, co_consts)
    argrepr = repr(argval) if argval is not UNKNOWN else ''
    return argval, argrepr


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is not None:
        argval = get_name(name_index, **extrainfo)
        return argval, argval
    return UNKNOWN, ''


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    co_positions = co_positions or iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    for start, end, target, _, _ in exception_entries:
        labels.add(target)
    starts_line = None
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        is_jump_target = offset in labels
        argval = None
        argrepr = ''
        positions = Positions(*next(co_positions, ()))
        deop = _deoptop(op)
        if arg is not None:
            argval = arg
            if deop in hasconst:
                argval, argrepr = _get_const_info(deop, arg, co_consts)
            elif deop in hasname:
                if deop == LOAD_GLOBAL:
                    argval, argrepr = _get_name_info(arg // 2, get_name)
                    if (arg & 1) and argrepr:
                        argrepr = "NULL + " + argrepr
                else:
                    argval, argrepr = _get_name_info(arg, get_name)
            elif deop in hasjabs:
                argval = arg * 2
                argrepr = "to " + repr(argval)
            elif deop in hasjrel:
                signed_arg = -arg if _is_backward_jump(deop) else arg
                argval = offset + 2 + signed_arg * 2
                argrepr = "to " + repr(argval)
            elif deop in haslocal or deop in hasfree:
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif deop in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif deop == FORMAT_VALUE:
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    if argrepr:
                        argrepr += ', '
                    argrepr += 'with format'
            elif deop == MAKE_FUNCTION:
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
            elif deop == BINARY_OP:
                _, argrepr = _nb_ops[arg]
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line,
                          is_jump_target, positions)
        caches = _inline_cache_entries[deop]
        if not caches:
            continue
        if not show_caches:
            for _ in range(caches):
                next(co_positions, ())
            continue
        for name, size in _cache_format[opname[deop]].items():
            for i in range(size):
                offset += 2
                if i == 0 and op != deop:
                    data = code[offset: offset + 2 * size]
                    argrepr = f"{name}: {int.from_bytes(data, sys.byteorder)}"
                else:
                    argrepr = ""
                yield Instruction("CACHE", CACHE, 0, None, argrepr, offset, None, False,
                                  Positions(*next(co_positions, ())))


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    layout = _layout(co)
    linestarts = dict(findlinestarts(co))
    _disassemble_bytes(layout.code, lasti, _varname_getter(co), co.co_names, co.co_consts,
                       linestarts, file=file, exception_entries=layout.exception_entries,
                       co_positions=iter(layout.positions), show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                                       adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                         linestarts, line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        if show_lineno and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        if show_caches:
            is_current_instr = instr.offset == lasti
        else:
            is_current_instr = (instr.offset <= lasti
                                <= instr.offset + 2 * _inline_cache_entries[_deoptop(instr.opcode)])
        print(instr._disassemble(lineno_width, is_current_instr, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            end = entry.end - 2
            print(f"  {entry.start} to {end} -> {entry.target} [{entry.depth}]{lasti_text}",
                  file=file)


def _disassemble_str(source, **kwargs):
    """Compile the source string, then disassemble the code object."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble


def _unpack_opargs(code):
    extended_arg = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        deop = _deoptop(op)
        caches = _inline_cache_entries[deop]
        if deop >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if deop == EXTENDED_ARG else 0
            if extended_arg >= 1 << 31:
                extended_arg -= 1 << 32
        else:
            arg = None
            extended_arg = 0
        yield (i, op, arg)


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None:
            if op in hasjrel:
                if _is_backward_jump(op):
                    arg = -arg
                label = offset + 2 + arg * 2
            elif op in hasjabs:
                label = arg * 2
            else:
                continue
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno).
    """
    lastline = None
    for start, end, line in _layout(code).lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


class Bytecode:
    """The bytecode operations of a piece of code.

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _layout(co).exception_entries
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        layout = _layout(co)
        return _get_instructions_bytes(layout.code, _varname_getter(co), co.co_names,
                                       co.co_consts, self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=iter(layout.positions),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """Construct a Bytecode from the given traceback."""
        while tb.tb_next:
            tb = tb.tb_next
        co = tb.tb_frame.f_code
        return cls(co, current_offset=_layout(co).lasti(tb.tb_lasti),
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        layout = _layout(co)
        output = _Text()
        _disassemble_bytes(layout.code, varname_from_oparg=_varname_getter(co),
                           names=co.co_names, co_consts=co.co_consts,
                           linestarts=self._linestarts, line_offset=self._line_offset,
                           file=output, lasti=offset,
                           exception_entries=self.exception_entries,
                           co_positions=iter(layout.positions),
                           show_caches=self.show_caches)
        return output.getvalue()

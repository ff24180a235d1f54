"""The abstract syntax tree of Python source: node classes, parse, dump, literal_eval, the
visitor and transformer bases, location helpers and unparse.

The node classes (names, fields, attributes, optional fields) are CPython 3.11's, listed in the
generated table below; the Java module _ast converts between these objects and the parser's
Java tree, so parse() and compile(tree, ...) go through Taipan's own parser and compiler.
"""

import sys
import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT

# --- generated node table (tools/gen_ast_classes.py)
_NODES = [
    ('mod', 'AST', (), (), ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('expr', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('expr_context', 'AST', (), (), ()),
    ('boolop', 'AST', (), (), ()),
    ('operator', 'AST', (), (), ()),
    ('unaryop', 'AST', (), (), ()),
    ('cmpop', 'AST', (), (), ()),
    ('comprehension', 'AST', ('target', 'iter', 'ifs', 'is_async'), (), ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('end_lineno', 'end_col_offset')),
    ('arguments', 'AST', ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'), (), ('vararg', 'kwarg')),
    ('arg', 'AST', ('arg', 'annotation', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('annotation', 'type_comment', 'end_lineno', 'end_col_offset')),
    ('keyword', 'AST', ('arg', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('arg', 'end_lineno', 'end_col_offset')),
    ('alias', 'AST', ('name', 'asname'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('asname', 'end_lineno', 'end_col_offset')),
    ('withitem', 'AST', ('context_expr', 'optional_vars'), (), ('optional_vars',)),
    ('match_case', 'AST', ('pattern', 'guard', 'body'), (), ('guard',)),
    ('pattern', 'AST', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('type_ignore', 'AST', (), (), ()),
    ('Module', 'mod', ('body', 'type_ignores'), (), ()),
    ('Interactive', 'mod', ('body',), (), ()),
    ('Expression', 'mod', ('body',), (), ()),
    ('FunctionType', 'mod', ('argtypes', 'returns'), (), ()),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('returns', 'type_comment')),
    ('AsyncFunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('returns', 'type_comment')),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'body', 'decorator_list'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Return', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('Delete', 'stmt', ('targets',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Assign', 'stmt', ('targets', 'value', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('AnnAssign', 'stmt', ('target', 'annotation', 'value', 'simple'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AsyncFor', 'stmt', ('target', 'iter', 'body', 'orelse', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('While', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('With', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('AsyncWith', 'stmt', ('items', 'body', 'type_comment'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type_comment',)),
    ('Match', 'stmt', ('subject', 'cases'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Raise', 'stmt', ('exc', 'cause'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('exc', 'cause')),
    ('Try', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('TryStar', 'stmt', ('body', 'handlers', 'orelse', 'finalbody'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Assert', 'stmt', ('test', 'msg'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('msg',)),
    ('Import', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('module', 'level')),
    ('Global', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Nonlocal', 'stmt', ('names',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Expr', 'stmt', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Pass', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Break', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Continue', 'stmt', (), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('BoolOp', 'expr', ('op', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('NamedExpr', 'expr', ('target', 'value'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('BinOp', 'expr', ('left', 'op', 'right'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('UnaryOp', 'expr', ('op', 'operand'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Lambda', 'expr', ('args', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Dict', 'expr', ('keys', 'values'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Set', 'expr', ('elts',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('ListComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('SetComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('DictComp', 'expr', ('key', 'value', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('GeneratorExp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Await', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Yield', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('value',)),
    ('YieldFrom', 'expr', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Call', 'expr', ('func', 'args', 'keywords'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('FormattedValue', 'expr', ('value', 'conversion', 'format_spec'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('format_spec',)),
    ('JoinedStr', 'expr', ('values',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Constant', 'expr', ('value', 'kind'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('kind',)),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Starred', 'expr', ('value', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Name', 'expr', ('id', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('List', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Tuple', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('Slice', 'expr', ('lower', 'upper', 'step'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('lower', 'upper', 'step')),
    ('Load', 'expr_context', (), (), ()),
    ('Store', 'expr_context', (), (), ()),
    ('Del', 'expr_context', (), (), ()),
    ('And', 'boolop', (), (), ()),
    ('Or', 'boolop', (), (), ()),
    ('Add', 'operator', (), (), ()),
    ('Sub', 'operator', (), (), ()),
    ('Mult', 'operator', (), (), ()),
    ('MatMult', 'operator', (), (), ()),
    ('Div', 'operator', (), (), ()),
    ('Mod', 'operator', (), (), ()),
    ('Pow', 'operator', (), (), ()),
    ('LShift', 'operator', (), (), ()),
    ('RShift', 'operator', (), (), ()),
    ('BitOr', 'operator', (), (), ()),
    ('BitXor', 'operator', (), (), ()),
    ('BitAnd', 'operator', (), (), ()),
    ('FloorDiv', 'operator', (), (), ()),
    ('Invert', 'unaryop', (), (), ()),
    ('Not', 'unaryop', (), (), ()),
    ('UAdd', 'unaryop', (), (), ()),
    ('USub', 'unaryop', (), (), ()),
    ('Eq', 'cmpop', (), (), ()),
    ('NotEq', 'cmpop', (), (), ()),
    ('Lt', 'cmpop', (), (), ()),
    ('LtE', 'cmpop', (), (), ()),
    ('Gt', 'cmpop', (), (), ()),
    ('GtE', 'cmpop', (), (), ()),
    ('Is', 'cmpop', (), (), ()),
    ('IsNot', 'cmpop', (), (), ()),
    ('In', 'cmpop', (), (), ()),
    ('NotIn', 'cmpop', (), (), ()),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('type', 'name')),
    ('MatchValue', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchSingleton', 'pattern', ('value',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchSequence', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchMapping', 'pattern', ('keys', 'patterns', 'rest'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('rest',)),
    ('MatchClass', 'pattern', ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('MatchStar', 'pattern', ('name',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('name',)),
    ('MatchAs', 'pattern', ('pattern', 'name'), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ('pattern', 'name')),
    ('MatchOr', 'pattern', ('patterns',), ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'), ()),
    ('TypeIgnore', 'type_ignore', ('lineno', 'tag'), (), ()),
]
# --- end of generated node table


class AST:
    """The base of every AST node class."""

    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError("%s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'
_classes = {'AST': AST}


def _make_classes():
    g = globals()
    for name, base, fields, attributes, nones in _NODES:
        namespace = {'_fields': fields, '__match_args__': fields, '__module__': 'ast'}
        if attributes or base == 'AST':
            namespace['_attributes'] = attributes
        for optional in nones:
            namespace[optional] = None
        cls = type(name, (_classes[base],), namespace)
        _classes[name] = cls
        g[name] = cls


_make_classes()
del _make_classes


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (like compile(source, filename, mode,
    PyCF_ONLY_AST))."""
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if isinstance(source, AST):
        return source
    if not isinstance(source, (str, bytes, bytearray)):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if isinstance(source, bytearray):
        source = bytes(source)
    return _ast._parse(source, str(filename), mode, _classes, bool(type_comments))


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans and None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node (for debugging)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def present(item, name):
        # (True, value) for a set attribute that is not just its class default of None
        if not hasattr(item, name):
            return False, None
        value = getattr(item, name)
        if value is None and getattr(type(item), name, ...) is None:
            return False, None
        return True, value

    def render(item, depth):
        """(text, is_simple) for item; simple items may share a line with siblings."""
        if indent is None:
            opening, joiner = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            joiner = ',' + opening
        if isinstance(item, list):
            if not item:
                return '[]', True
            parts = [render(element, depth)[0] for element in item]
            return '[' + opening + joiner.join(parts) + ']', False
        if not isinstance(item, AST):
            return repr(item), True
        parts = []
        all_simple = True
        named = annotate_fields
        for name in item._fields:
            ok, value = present(item, name)
            if not ok:
                named = True      # a gap: later fields need their names
                continue
            text, simple = render(value, depth)
            all_simple = all_simple and simple
            parts.append(name + '=' + text if named else text)
        if include_attributes:
            for name in item._attributes:
                ok, value = present(item, name)
                if ok:
                    text, simple = render(value, depth)
                    all_simple = all_simple and simple
                    parts.append(name + '=' + text)
        head = type(item).__name__
        if all_simple and len(parts) <= 3:
            return head + '(' + ', '.join(parts) + ')', not parts
        return head + '(' + opening + joiner.join(parts) + ')', False

    return render(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location (lineno, col_offset, end_lineno, end_col_offset) of old_node
    to new_node where possible, and return new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks a location its parent's, starting at line 1,
    column 0; return node."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        attrs = node._attributes
        if 'lineno' in attrs:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in attrs:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attrs:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in attrs:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node under it; return node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end_lineno = getattr(child, 'end_lineno', 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """Yield (fieldname, value) for each field in node._fields that node has."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes, and nodes in list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; cleaned up with
    inspect.cleandoc when clean is true."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    # Lines with their ends, split at \r\n, \r and \n only (as the tokenizer does).
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            i += 2 if source[i + 1:i + 2] == '\n' else 1
            lines.append(source[start:i])
            start = i
        elif c == '\n':
            i += 1
            lines.append(source[start:i])
            start = i
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text that produced node, from its positions, or None if they are missing."""
    try:
        first_row, last_row = node.lineno, node.end_lineno
        start, stop = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    if last_row is None or stop is None:
        return None
    lineno, end_lineno = first_row - 1, last_row - 1
    col_offset, end_col_offset = start, stop
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    middle = lines[lineno + 1:end_lineno]
    return ''.join([first] + middle + [last])


def walk(node):
    """Yield node and every node under it, breadth first (in no guaranteed order)."""
    from collections import deque
    pending = deque((node,))
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node, or generic_visit(node),
    which visits the children."""

    def visit(self, node):
        handler = getattr(self, f'visit_{type(node).__name__}', None)
        if handler is None:
            handler = self.generic_visit
        return handler(node)

    def generic_visit(self, node):
        for _, child in iter_fields(node):
            children = child if isinstance(child, list) else (child,)
            for item in children:
                if isinstance(item, AST):
                    self.visit(item)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node (None removes
    it; a list field takes a list of replacements)."""

    def _replace_all(self, items):
        result = []
        for item in items:
            if not isinstance(item, AST):
                result.append(item)
                continue
            replacement = self.visit(item)
            if replacement is None:
                pass                          # removed
            elif isinstance(replacement, AST):
                result.append(replacement)
            else:
                result.extend(replacement)    # one node became several
        return result

    def generic_visit(self, node):
        for name, current in iter_fields(node):
            if isinstance(current, list):
                current[:] = self._replace_all(current)
            elif isinstance(current, AST):
                replacement = self.visit(current)
                if replacement is not None:
                    setattr(node, name, replacement)
                else:
                    delattr(node, name)
        return node


# --- deprecated node classes (Python 3.7 and before), kept for old code ------------------

def _value_alias(doc):
    """A property forwarding to Constant.value (the old .n and .s attributes)."""
    def read(self):
        return self.value

    def write(self, value):
        self.value = value
    read.__doc__ = doc
    return property(read, write)


Constant.n = _value_alias("""Deprecated. Use value instead.""")
Constant.s = _value_alias("""Deprecated. Use value instead.""")


class _ABC(type):
    """Metaclass of the deprecated constant classes: isinstance(Constant(1), Num) holds
    when the constant's value has the old class's type."""

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        accepted = _const_types.get(cls)
        if not isinstance(inst, Constant):
            return False
        if accepted is None:
            return type.__instancecheck__(cls, inst)
        if not hasattr(inst, 'value'):
            return False
        rejected = _const_types_not.get(cls, ())
        return isinstance(inst.value, accepted) and not isinstance(inst.value, rejected)


def _new(cls, *args, **kwargs):
    # A keyword naming a field already given by position is an error, as in CPython.
    positional = cls._fields[:len(args)]
    clash = [key for key in kwargs if key in positional]
    if clash:
        raise TypeError(f"{cls.__name__} got multiple values for argument {clash[0]!r}")
    if cls not in _const_types:
        return Constant.__new__(cls, *args, **kwargs)
    return Constant(*args, **kwargs)


def _ellipsis_new(cls, *args, **kwargs):
    if cls is not Ellipsis:
        return Constant.__new__(cls, *args, **kwargs)
    return Constant(..., *args, **kwargs)


def _old_constant_class(name, fields, new=_new):
    body = {'__new__': new, '__module__': 'ast', '__qualname__': name}
    if fields is not None:
        body['_fields'] = fields
    return _ABC(name, (Constant,), body)


Num = _old_constant_class('Num', ('n',))
Str = _old_constant_class('Str', ('s',))
Bytes = _old_constant_class('Bytes', ('s',))
NameConstant = _old_constant_class('NameConstant', None)
Ellipsis = _old_constant_class('Ellipsis', (), _ellipsis_new)

# value types each old class stood for (and, for Num, the one it excluded)
_const_types = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                NameConstant: (type(None), bool), Ellipsis: (type(...),)}
_const_types_not = {Num: (bool,)}
# the old visit_<Name> method an old visitor would define for a value type
_const_node_type_names = {}
for _old, _types in _const_types.items():
    for _t in _types:
        _const_node_type_names[_t] = _old.__name__
_const_node_type_names[bool] = 'NameConstant'
del _old, _types, _t


class slice(AST):
    """Deprecated AST node class."""


def _index_new(cls, value, **kwargs):
    # Since 3.9 an index is simply its value.
    return value


def _ext_slice_new(cls, dims=(), **kwargs):
    # ... and an extended slice is a tuple of its dimensions.
    return Tuple(list(dims), Load(), **kwargs)


Index = type('Index', (slice,), {
    '__doc__': """Deprecated AST node class. Use the index value directly instead.""",
    '__new__': _index_new})
ExtSlice = type('ExtSlice', (slice,), {
    '__doc__': """Deprecated AST node class. Use ast.Tuple instead.""",
    '__new__': _ext_slice_new})


def _read_dims(self):
    """Deprecated. Use elts instead."""
    return self.elts


def _write_dims(self, value):
    self.elts = value


Tuple.dims = property(_read_dims, _write_dims)

_UNUSED_DOC = """Deprecated AST node class.  Unused in Python 3."""
Suite = type('Suite', (mod,), {'__doc__': _UNUSED_DOC})
AugLoad = type('AugLoad', (expr_context,), {'__doc__': _UNUSED_DOC})
AugStore = type('AugStore', (expr_context,), {'__doc__': _UNUSED_DOC})
Param = type('Param', (expr_context,), {'__doc__': _UNUSED_DOC})

for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls


def _old_visitor_name(value):
    """Name of the pre-3.8 node class (Num, Str, ...) a constant value used to have."""
    name = _const_node_type_names.get(type(value))
    if name is not None:
        return name
    for kind, old in _const_node_type_names.items():
        if isinstance(value, kind):
            return old
    return None


def _visit_constant(self, node):
    # Old visitors define visit_Num, visit_Str, ...: call them, with a DeprecationWarning.
    old = _old_visitor_name(node.value)
    handler = None if old is None else getattr(self, 'visit_' + old, None)
    if handler is None:
        return self.generic_visit(node)
    import warnings
    warnings.warn(f"visit_{old} is deprecated; add visit_Constant", DeprecationWarning, 2)
    return handler(node)


NodeVisitor.visit_Constant = _visit_constant


# --- unparse ------------------------------------------------------------------------------

class _Precedence:
    """Operator precedence levels, lowest first (ints so they compare)."""
    NAMED_EXPR = 1
    TUPLE = 2
    YIELD = 3
    TEST = 4
    OR = 5
    AND = 6
    NOT = 7
    CMP = 8
    EXPR = 9
    BOR = 9
    BXOR = 10
    BAND = 11
    SHIFT = 12
    ARITH = 13
    TERM = 14
    FACTOR = 15
    POWER = 16
    AWAIT = 17
    ATOM = 18

    @staticmethod
    def next(p):
        return min(p + 1, _Precedence.ATOM)


_P = _Precedence
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)
_INFSTR = "1e" + repr(sys.float_info.max_10_exp + 1)

_UNOPS = {"Invert": "~", "Not": "not", "UAdd": "+", "USub": "-"}
_UNOP_PRECEDENCE = {"not": _P.NOT, "~": _P.FACTOR, "+": _P.FACTOR, "-": _P.FACTOR}
_BINOPS = {"Add": "+", "Sub": "-", "Mult": "*", "MatMult": "@", "Div": "/", "Mod": "%",
           "LShift": "<<", "RShift": ">>", "BitOr": "|", "BitXor": "^", "BitAnd": "&",
           "FloorDiv": "//", "Pow": "**"}
_BINOP_PRECEDENCE = {"+": _P.ARITH, "-": _P.ARITH, "*": _P.TERM, "@": _P.TERM, "/": _P.TERM,
                     "%": _P.TERM, "<<": _P.SHIFT, ">>": _P.SHIFT, "|": _P.BOR, "^": _P.BXOR,
                     "&": _P.BAND, "//": _P.TERM, "**": _P.POWER}
_CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
           "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
_BOOLOPS = {"And": ("and", _P.AND), "Or": ("or", _P.OR)}


def _unicode_escape(c):
    # c.encode("unicode_escape").decode("ascii") for one character
    special = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    if c in special:
        return special[c]
    n = ord(c)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


class _Delimit:
    def __init__(self, unparser, start, end, active=True):
        self.u, self.start, self.end, self.active = unparser, start, end, active

    def __enter__(self):
        if self.active:
            self.u.write(self.start)

    def __exit__(self, *exc):
        if self.active:
            self.u.write(self.end)


class _Block:
    def __init__(self, unparser, extra=None):
        self.u, self.extra = unparser, extra

    def __enter__(self):
        self.u.write(":")
        if self.extra:
            self.u.write(self.extra)
        self.u._indent += 1

    def __exit__(self, *exc):
        self.u._indent -= 1


class _Unparser(NodeVisitor):
    """Writes source text for a tree: statements on indented lines, expressions with the
    fewest parentheses their precedence needs."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes

    # output helpers
    def write(self, *text):
        self._source.extend(text)

    def interleave(self, inter, f, seq):
        first = True
        for x in seq:
            if first:
                first = False
            else:
                inter()
            f(x)

    def _comma_separated(self, emit, items):
        """Emit each item with emit(item), ", " between them."""
        for index, item in enumerate(items):
            if index:
                self.write(", ")
            emit(item)

    def _suite(self, body, extra=None):
        """The colon, the indented body and the dedent of a compound statement."""
        with self.block(extra=extra):
            self.traverse(body)

    def _optional(self, lead, child):
        """Write lead and child when the optional child is present."""
        if child:
            self.write(lead)
            self.traverse(child)

    def items_view(self, traverser, items):
        if len(items) == 1:
            traverser(items[0])
            self.write(",")
        else:
            self._comma_separated(traverser, items)

    def maybe_newline(self):
        if self._source:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self._indent + text)

    def block(self, *, extra=None):
        return _Block(self, extra)

    def delimit(self, start, end):
        return _Delimit(self, start, end)

    def delimit_if(self, start, end, condition):
        return _Delimit(self, start, end, condition)

    def require_parens(self, precedence, node):
        return self.delimit_if("(", ")", self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(node, _P.TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def get_raw_docstring(self, node):
        if (not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module))
                or len(node.body) < 1):
            return None
        node = node.body[0]
        if not isinstance(node, Expr):
            return None
        node = node.value
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node
        return None

    def get_type_comment(self, node):
        comment = getattr(node, "type_comment", None)
        if comment is not None:
            return f" # type: {comment}"
        return None

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return "".join(self._source)

    def _capture(self, f, *args):
        saved = self._source
        self._source = []
        try:
            f(*args)
            return "".join(self._source)
        finally:
            self._source = saved

    # modules and statements
    def _write_docstring_and_traverse_body(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring:
            self._write_docstring(docstring)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._write_docstring_and_traverse_body(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        with self.delimit("(", ")"):
            self._comma_separated(self.traverse, node.argtypes)
        self.write(" -> ")
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_P.YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(_P.NAMED_EXPR, node):
            self.set_precedence(_P.ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(" := ")
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill("import ")
        self._comma_separated(self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self._comma_separated(self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_P.TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + _BINOPS[node.op.__class__.__name__] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if("(", ")", not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(": ")
        self.traverse(node.annotation)
        self._optional(" = ", node.value)

    def visit_Return(self, node):
        self.fill("return")
        self._optional(" ", node.value)

    def _bare_keyword(word):
        # statements that are a single keyword: pass, break, continue
        def visit(self, node):
            self.fill(word)
        return visit

    visit_Pass = _bare_keyword("pass")
    visit_Break = _bare_keyword("break")
    visit_Continue = _bare_keyword("continue")
    del _bare_keyword

    def visit_Delete(self, node):
        self.fill("del ")
        self._comma_separated(self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        self._optional(", ", node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self._comma_separated(self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self._comma_separated(self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(_P.AWAIT, node):
            self.write("await")
            if node.value:
                self.write(" ")
                self.set_precedence(_P.ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(_P.YIELD, node):
            self.write("yield")
            if node.value:
                self.write(" ")
                self.set_precedence(_P.ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(_P.YIELD, node):
            self.write("yield from ")
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_P.ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(" ")
        self.traverse(node.exc)
        self._optional(" from ", node.cause)

    def _try(self, node, star):
        self.fill("try")
        self._suite(node.body)
        for handler in node.handlers:
            if star:
                self._except(handler, "except*")
            else:
                self.traverse(handler)
        if node.orelse:
            self.fill("else")
            self._suite(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self._suite(node.finalbody)

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def _except(self, node, keyword):
        self.fill(keyword)
        self._optional(" ", node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self._suite(node.body)

    def visit_ExceptHandler(self, node):
        self._except(node, "except")

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill("class " + node.name)
        with self.delimit_if("(", ")", condition=node.bases or node.keywords):
            comma = False
            for e in node.bases + node.keywords:
                if comma:
                    self.write(", ")
                else:
                    comma = True
                self.traverse(e)
        with self.block():
            self._write_docstring_and_traverse_body(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)
        self.fill(keyword + " " + node.name)
        with self.delimit("(", ")"):
            self.traverse(node.args)
        self._optional(" -> ", node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._write_docstring_and_traverse_body(node)

    def visit_FunctionDef(self, node):
        self._function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self._function(node, "async def")

    def _for(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(_P.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill("else")
            self._suite(node.orelse)

    def visit_For(self, node):
        self._for("for ", node)

    def visit_AsyncFor(self, node):
        self._for("async for ", node)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self._suite(node.body)
        # a lone If in the else branch becomes an elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self._suite(node.body)
        if node.orelse:
            self.fill("else")
            self._suite(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self._suite(node.body)
        if node.orelse:
            self.fill("else")
            self._suite(node.orelse)

    def _with(self, keyword, node):
        self.fill(keyword)
        self._comma_separated(self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self._with("with ", node)

    def visit_AsyncWith(self, node):
        self._with("async with ", node)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        self._optional(" as ", node.optional_vars)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        self._optional(" if ", node.guard)
        self._suite(node.body)

    # strings
    def _str_literal_helper(self, string, *, quote_types=_ALL_QUOTES,
                            escape_special_whitespace=False):
        def escape_char(c):
            if not escape_special_whitespace and c in "\n\t":
                return c
            if c == "\\" or not c.isprintable():
                return _unicode_escape(c)
            return c

        escaped = "".join(map(escape_char, string))
        possible = list(quote_types)
        if "\n" in escaped:
            possible = [q for q in possible if q in _MULTI_QUOTES]
        possible = [q for q in possible if q not in escaped]
        if not possible:
            string = repr(string)
            quote = next((q for q in quote_types if string[0] in q), string[0])
            return string[1:-1], [quote]
        if escaped:
            possible.sort(key=lambda q: q[0] == escaped[-1])
            if possible[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return escaped, possible

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        string, quote_types = self._str_literal_helper(string, quote_types=quote_types)
        quote = quote_types[0]
        self.write(f"{quote}{string}{quote}")

    def _write_docstring(self, node):
        self.fill()
        if node.kind == "u":
            self.write("u")
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def visit_JoinedStr(self, node):
        self.write("f")
        if self._avoid_backslashes:
            text = self._capture(self._fstring_JoinedStr, node)
            self._write_str_avoiding_backslashes(text)
            return
        parts = []
        for value in node.values:
            text = self._capture(getattr(self, "_fstring_" + type(value).__name__), value)
            parts.append((text, isinstance(value, Constant)))
        new_parts = []
        quote_types = _ALL_QUOTES
        for text, is_constant in parts:
            text, quote_types = self._str_literal_helper(
                text, quote_types=quote_types, escape_special_whitespace=is_constant)
            new_parts.append(text)
        value = "".join(new_parts)
        quote = quote_types[0]
        self.write(f"{quote}{value}{quote}")

    def _fstring_JoinedStr(self, node):
        for value in node.values:
            getattr(self, "_fstring_" + type(value).__name__)(value)

    def _fstring_Constant(self, node):
        if not isinstance(node.value, str):
            raise ValueError("Constants inside JoinedStr should be a string.")
        self.write(node.value.replace("{", "{{").replace("}", "}}"))

    def _fstring_FormattedValue(self, node):
        self.write("{")
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_P.next(_P.TEST), node.value)
        expr = inner.visit(node.value)
        if expr.startswith("{"):
            self.write(" ")
        if "\\" in expr:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        self.write(expr)
        if node.conversion != -1:
            conversion = chr(node.conversion)
            if conversion not in "sra":
                raise ValueError("Unknown f-string conversion.")
            self.write(f"!{conversion}")
        if node.format_spec:
            self.write(":")
            getattr(self, "_fstring_" + type(node.format_spec).__name__)(node.format_spec)
        self.write("}")

    def visit_FormattedValue(self, node):
        self.write("f")
        text = self._capture(self._fstring_FormattedValue, node)
        self._write_str_avoiding_backslashes(text)

    # expressions
    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, str) and self._avoid_backslashes:
            self._write_str_avoiding_backslashes(value)
            return
        text = repr(value)
        if isinstance(value, (float, complex)):
            # infinities have no literal: spell them as an overflowing one
            text = text.replace("inf", _INFSTR)
        self.write(text)

    def visit_Constant(self, node):
        constant = node.value
        if constant is ...:
            self.write("...")
        elif isinstance(constant, tuple):
            with self.delimit("(", ")"):
                self.items_view(self._write_constant, constant)
        else:
            self.write("u" if node.kind == "u" else "")
            self._write_constant(constant)

    def visit_List(self, node):
        with self.delimit("[", "]"):
            self._comma_separated(self.traverse, node.elts)

    def _comprehension(self, brackets, node, *head):
        # head: the element, or the key and value joined by ": " for a dict
        with self.delimit(*brackets):
            for position, part in enumerate(head):
                self.write(": " if position else "")
                self.traverse(part)
            for clause in node.generators:
                self.traverse(clause)

    def visit_ListComp(self, node):
        self._comprehension("[]", node, node.elt)

    def visit_GeneratorExp(self, node):
        self._comprehension("()", node, node.elt)

    def visit_SetComp(self, node):
        self._comprehension("{}", node, node.elt)

    def visit_DictComp(self, node):
        self._comprehension("{}", node, node.key, node.value)

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_precedence(_P.TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_precedence(_P.next(_P.TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for if_clause in node.ifs:
            self.write(" if ")
            self.traverse(if_clause)

    def visit_IfExp(self, node):
        with self.require_parens(_P.TEST, node):
            self.set_precedence(_P.next(_P.TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(" if ")
            self.traverse(node.test)
            self.write(" else ")
            self.set_precedence(_P.TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit("{", "}"):
                self._comma_separated(self.traverse, node.elts)
        else:
            self.write('{*()}')

    def visit_Dict(self, node):
        def write_item(item):
            k, v = item
            if k is None:
                self.write("**")
                self.set_precedence(_P.EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)

        with self.delimit("{", "}"):
            self._comma_separated(write_item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if("(", ")",
                             len(node.elts) == 0 or self.get_precedence(node) > _P.TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        operator = _UNOPS[node.op.__class__.__name__]
        precedence = _UNOP_PRECEDENCE[operator]
        with self.require_parens(precedence, node):
            self.write(operator)
            if precedence != _P.FACTOR:
                self.write(" ")
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        operator = _BINOPS[node.op.__class__.__name__]
        precedence = _BINOP_PRECEDENCE[operator]
        with self.require_parens(precedence, node):
            if operator == "**":
                left, right = _P.next(precedence), precedence
            else:
                left, right = precedence, _P.next(precedence)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f" {operator} ")
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(_P.CMP, node):
            self.set_precedence(_P.next(_P.CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(" " + _CMPOPS[o.__class__.__name__] + " ")
                self.traverse(e)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOLOPS[node.op.__class__.__name__]
        level = [precedence]

        def increasing_level_traverse(value):
            level[0] = _P.next(level[0])
            self.set_precedence(level[0], value)
            self.traverse(value)

        with self.require_parens(precedence, node):
            s = f" {operator} "
            self.interleave(lambda: self.write(s), increasing_level_traverse, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(_P.ATOM, node.value)
        self.traverse(node.value)
        # 3.__abs__() would be a syntax error: write 3 .__abs__()
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_P.ATOM, node.func)
        self.traverse(node.func)
        with self.delimit("(", ")"):
            comma = False
            for e in node.args + node.keywords:
                if comma:
                    self.write(", ")
                else:
                    comma = True
                self.traverse(e)

    def visit_Subscript(self, node):
        self.set_precedence(_P.ATOM, node.value)
        self.traverse(node.value)
        with self.delimit("[", "]"):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write("*")
        self.set_precedence(_P.EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        self._optional(":", node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        self._optional(": ", node.annotation)

    def _parameter(self, arg, default):
        self.traverse(arg)
        self._optional("=", default)

    def _starred_parameter(self, stars, arg):
        self.write(stars)
        if arg:
            self.write(arg.arg)
            self._optional(": ", arg.annotation)

    def visit_arguments(self, node):
        # Collect one writer per parameter (or marker), then emit them comma-separated.
        pieces = []
        positional = node.posonlyargs + node.args
        padded = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for position, (arg, default) in enumerate(zip(positional, padded), 1):
            pieces.append(lambda a=arg, d=default: self._parameter(a, d))
            if position == len(node.posonlyargs):
                pieces.append(lambda: self.write("/"))
        if node.vararg or node.kwonlyargs:
            pieces.append(lambda: self._starred_parameter("*", node.vararg))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            pieces.append(lambda a=arg, d=default: self._parameter(a, d))
        if node.kwarg:
            pieces.append(lambda: self._starred_parameter("**", node.kwarg))
        self._comma_separated(lambda piece: piece(), pieces)

    def visit_keyword(self, node):
        # f(name=value) or f(**mapping)
        self.write("**" if node.arg is None else node.arg + "=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(_P.TEST, node):
            parameters = self._capture(self.traverse, node.args)
            self.write("lambda " + parameters if parameters else "lambda", ": ")
            self.set_precedence(_P.TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name if not node.asname else f"{node.name} as {node.asname}")

    # patterns
    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit("[", "]"):
            self._comma_separated(self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write("*" + ("_" if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        # {key: pattern, ..., **rest}: every entry is a writer, joined by commas
        entries = [lambda k=key, p=pattern: (self.traverse(k), self.write(": "), self.traverse(p))
                   for key, pattern in zip(node.keys, node.patterns, strict=True)]
        if node.rest is not None:
            entries.append(lambda: self.write("**" + node.rest))
        with self.delimit("{", "}"):
            self._comma_separated(lambda entry: entry(), entries)

    def visit_MatchClass(self, node):
        self.set_precedence(_P.ATOM, node.cls)
        self.traverse(node.cls)
        # positional sub-patterns first, then attr=pattern ones
        entries = [lambda p=pattern: self.traverse(p) for pattern in node.patterns]
        keyword_pairs = zip(node.kwd_attrs, node.kwd_patterns, strict=True) if node.kwd_attrs else ()
        for name, pattern in keyword_pairs:
            entries.append(lambda n=name, p=pattern: (self.write(n + "="), self.traverse(p)))
        with self.delimit("(", ")"):
            self._comma_separated(lambda entry: entry(), entries)

    def visit_MatchAs(self, node):
        name = node.name
        pattern = node.pattern
        if name is None:
            self.write("_")
        elif pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(_P.TEST, node):
                self.set_precedence(_P.BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f" as {node.name}")

    def visit_MatchOr(self, node):
        with self.require_parens(_P.BOR, node):
            self.set_precedence(_P.next(_P.BOR), *node.patterns)
            self.interleave(lambda: self.write(" | "), self.traverse, node.patterns)


def unparse(ast_obj):
    """Source text for an AST, which parses back to an equivalent tree."""
    return _Unparser().visit(ast_obj)

"""Opcode names and numbers of CPython 3.11's bytecode, the format `dis` shows Taipan's code in
(Taipan's own instruction words map one to one onto these instructions; see _dis and dis.py)."""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs",
           "stack_effect"]

# --- generated table (tools/gen_opcode_table.py)
_NUMBERS = {
    'CACHE': 0,
    'POP_TOP': 1,
    'PUSH_NULL': 2,
    'NOP': 9,
    'UNARY_POSITIVE': 10,
    'UNARY_NEGATIVE': 11,
    'UNARY_NOT': 12,
    'UNARY_INVERT': 15,
    'BINARY_SUBSCR': 25,
    'GET_LEN': 30,
    'MATCH_MAPPING': 31,
    'MATCH_SEQUENCE': 32,
    'MATCH_KEYS': 33,
    'PUSH_EXC_INFO': 35,
    'CHECK_EXC_MATCH': 36,
    'CHECK_EG_MATCH': 37,
    'WITH_EXCEPT_START': 49,
    'GET_AITER': 50,
    'GET_ANEXT': 51,
    'BEFORE_ASYNC_WITH': 52,
    'BEFORE_WITH': 53,
    'END_ASYNC_FOR': 54,
    'STORE_SUBSCR': 60,
    'DELETE_SUBSCR': 61,
    'GET_ITER': 68,
    'GET_YIELD_FROM_ITER': 69,
    'PRINT_EXPR': 70,
    'LOAD_BUILD_CLASS': 71,
    'LOAD_ASSERTION_ERROR': 74,
    'RETURN_GENERATOR': 75,
    'LIST_TO_TUPLE': 82,
    'RETURN_VALUE': 83,
    'IMPORT_STAR': 84,
    'SETUP_ANNOTATIONS': 85,
    'YIELD_VALUE': 86,
    'ASYNC_GEN_WRAP': 87,
    'PREP_RERAISE_STAR': 88,
    'POP_EXCEPT': 89,
    'STORE_NAME': 90,
    'DELETE_NAME': 91,
    'UNPACK_SEQUENCE': 92,
    'FOR_ITER': 93,
    'UNPACK_EX': 94,
    'STORE_ATTR': 95,
    'DELETE_ATTR': 96,
    'STORE_GLOBAL': 97,
    'DELETE_GLOBAL': 98,
    'SWAP': 99,
    'LOAD_CONST': 100,
    'LOAD_NAME': 101,
    'BUILD_TUPLE': 102,
    'BUILD_LIST': 103,
    'BUILD_SET': 104,
    'BUILD_MAP': 105,
    'LOAD_ATTR': 106,
    'COMPARE_OP': 107,
    'IMPORT_NAME': 108,
    'IMPORT_FROM': 109,
    'JUMP_FORWARD': 110,
    'JUMP_IF_FALSE_OR_POP': 111,
    'JUMP_IF_TRUE_OR_POP': 112,
    'POP_JUMP_FORWARD_IF_FALSE': 114,
    'POP_JUMP_FORWARD_IF_TRUE': 115,
    'LOAD_GLOBAL': 116,
    'IS_OP': 117,
    'CONTAINS_OP': 118,
    'RERAISE': 119,
    'COPY': 120,
    'BINARY_OP': 122,
    'SEND': 123,
    'LOAD_FAST': 124,
    'STORE_FAST': 125,
    'DELETE_FAST': 126,
    'POP_JUMP_FORWARD_IF_NOT_NONE': 128,
    'POP_JUMP_FORWARD_IF_NONE': 129,
    'RAISE_VARARGS': 130,
    'GET_AWAITABLE': 131,
    'MAKE_FUNCTION': 132,
    'BUILD_SLICE': 133,
    'JUMP_BACKWARD_NO_INTERRUPT': 134,
    'MAKE_CELL': 135,
    'LOAD_CLOSURE': 136,
    'LOAD_DEREF': 137,
    'STORE_DEREF': 138,
    'DELETE_DEREF': 139,
    'JUMP_BACKWARD': 140,
    'CALL_FUNCTION_EX': 142,
    'EXTENDED_ARG': 144,
    'LIST_APPEND': 145,
    'SET_ADD': 146,
    'MAP_ADD': 147,
    'LOAD_CLASSDEREF': 148,
    'COPY_FREE_VARS': 149,
    'RESUME': 151,
    'MATCH_CLASS': 152,
    'FORMAT_VALUE': 155,
    'BUILD_CONST_KEY_MAP': 156,
    'BUILD_STRING': 157,
    'LOAD_METHOD': 160,
    'LIST_EXTEND': 162,
    'SET_UPDATE': 163,
    'DICT_MERGE': 164,
    'DICT_UPDATE': 165,
    'PRECALL': 166,
    'CALL': 171,
    'KW_NAMES': 172,
    'POP_JUMP_BACKWARD_IF_NOT_NONE': 173,
    'POP_JUMP_BACKWARD_IF_NONE': 174,
    'POP_JUMP_BACKWARD_IF_FALSE': 175,
    'POP_JUMP_BACKWARD_IF_TRUE': 176,
}
_HASCONST = ['LOAD_CONST', 'KW_NAMES']
_HASNAME = ['STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'LOAD_ATTR', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL', 'LOAD_METHOD']
_HASJREL = ['FOR_ITER', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP', 'JUMP_IF_TRUE_OR_POP', 'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE', 'SEND', 'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE', 'JUMP_BACKWARD_NO_INTERRUPT', 'JUMP_BACKWARD', 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE']
_HASJABS = []
_HASLOCAL = ['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST']
_HASCOMPARE = ['COMPARE_OP']
_HASFREE = ['MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF']
_HASNARGS = []
_CACHES = {'BINARY_SUBSCR': 4, 'STORE_SUBSCR': 1, 'UNPACK_SEQUENCE': 1, 'STORE_ATTR': 4, 'LOAD_ATTR': 4, 'COMPARE_OP': 2, 'LOAD_GLOBAL': 5, 'BINARY_OP': 1, 'LOAD_METHOD': 10, 'PRECALL': 1, 'CALL': 4}
_CACHE_LAYOUT = {'LOAD_GLOBAL': {'counter': 1, 'index': 1, 'module_keys_version': 2, 'builtin_keys_version': 1}, 'BINARY_OP': {'counter': 1}, 'UNPACK_SEQUENCE': {'counter': 1}, 'COMPARE_OP': {'counter': 1, 'mask': 1}, 'BINARY_SUBSCR': {'counter': 1, 'type_version': 2, 'func_version': 1}, 'LOAD_ATTR': {'counter': 1, 'version': 2, 'index': 1}, 'STORE_ATTR': {'counter': 1, 'version': 2, 'index': 1}, 'LOAD_METHOD': {'counter': 1, 'type_version': 2, 'dict_offset': 1, 'keys_version': 2, 'descr': 4}, 'CALL': {'counter': 1, 'func_version': 2, 'min_args': 1}, 'PRECALL': {'counter': 1}, 'STORE_SUBSCR': {'counter': 1}}
_SPECIALIZED = {'BINARY_OP': ['BINARY_OP_ADAPTIVE', 'BINARY_OP_ADD_FLOAT', 'BINARY_OP_ADD_INT', 'BINARY_OP_ADD_UNICODE', 'BINARY_OP_INPLACE_ADD_UNICODE', 'BINARY_OP_MULTIPLY_FLOAT', 'BINARY_OP_MULTIPLY_INT', 'BINARY_OP_SUBTRACT_FLOAT', 'BINARY_OP_SUBTRACT_INT'], 'BINARY_SUBSCR': ['BINARY_SUBSCR_ADAPTIVE', 'BINARY_SUBSCR_DICT', 'BINARY_SUBSCR_GETITEM', 'BINARY_SUBSCR_LIST_INT', 'BINARY_SUBSCR_TUPLE_INT'], 'CALL': ['CALL_ADAPTIVE', 'CALL_PY_EXACT_ARGS', 'CALL_PY_WITH_DEFAULTS'], 'COMPARE_OP': ['COMPARE_OP_ADAPTIVE', 'COMPARE_OP_FLOAT_JUMP', 'COMPARE_OP_INT_JUMP', 'COMPARE_OP_STR_JUMP'], 'EXTENDED_ARG': ['EXTENDED_ARG_QUICK'], 'JUMP_BACKWARD': ['JUMP_BACKWARD_QUICK'], 'LOAD_ATTR': ['LOAD_ATTR_ADAPTIVE', 'LOAD_ATTR_INSTANCE_VALUE', 'LOAD_ATTR_MODULE', 'LOAD_ATTR_SLOT', 'LOAD_ATTR_WITH_HINT'], 'LOAD_CONST': ['LOAD_CONST__LOAD_FAST'], 'LOAD_FAST': ['LOAD_FAST__LOAD_CONST', 'LOAD_FAST__LOAD_FAST'], 'LOAD_GLOBAL': ['LOAD_GLOBAL_ADAPTIVE', 'LOAD_GLOBAL_BUILTIN', 'LOAD_GLOBAL_MODULE'], 'LOAD_METHOD': ['LOAD_METHOD_ADAPTIVE', 'LOAD_METHOD_CLASS', 'LOAD_METHOD_MODULE', 'LOAD_METHOD_NO_DICT', 'LOAD_METHOD_WITH_DICT', 'LOAD_METHOD_WITH_VALUES'], 'PRECALL': ['PRECALL_ADAPTIVE', 'PRECALL_BOUND_METHOD', 'PRECALL_BUILTIN_CLASS', 'PRECALL_BUILTIN_FAST_WITH_KEYWORDS', 'PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 'PRECALL_NO_KW_BUILTIN_FAST', 'PRECALL_NO_KW_BUILTIN_O', 'PRECALL_NO_KW_ISINSTANCE', 'PRECALL_NO_KW_LEN', 'PRECALL_NO_KW_LIST_APPEND', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_O', 'PRECALL_NO_KW_STR_1', 'PRECALL_NO_KW_TUPLE_1', 'PRECALL_NO_KW_TYPE_1', 'PRECALL_PYFUNC'], 'RESUME': ['RESUME_QUICK'], 'STORE_ATTR': ['STORE_ATTR_ADAPTIVE', 'STORE_ATTR_INSTANCE_VALUE', 'STORE_ATTR_SLOT', 'STORE_ATTR_WITH_HINT'], 'STORE_FAST': ['STORE_FAST__LOAD_FAST', 'STORE_FAST__STORE_FAST'], 'STORE_SUBSCR': ['STORE_SUBSCR_ADAPTIVE', 'STORE_SUBSCR_DICT', 'STORE_SUBSCR_LIST_INT'], 'UNPACK_SEQUENCE': ['UNPACK_SEQUENCE_ADAPTIVE', 'UNPACK_SEQUENCE_LIST', 'UNPACK_SEQUENCE_TUPLE', 'UNPACK_SEQUENCE_TWO_TUPLE']}
# --- end of generated table

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opmap = dict(_NUMBERS)
opname = ['<%r>' % (op,) for op in range(256)]
for _name, _num in opmap.items():
    opname[_num] = _name

HAVE_ARGUMENT = opmap['STORE_NAME']
EXTENDED_ARG = opmap['EXTENDED_ARG']
MIN_PSEUDO_OPCODE = 256

hasconst = [opmap[n] for n in _HASCONST]
hasname = [opmap[n] for n in _HASNAME]
hasjrel = [opmap[n] for n in _HASJREL]
hasjabs = [opmap[n] for n in _HASJABS]
haslocal = [opmap[n] for n in _HASLOCAL]
hascompare = [opmap[n] for n in _HASCOMPARE]
hasfree = [opmap[n] for n in _HASFREE]
hasnargs = [opmap[n] for n in _HASNARGS]

_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"), ("NB_OR", "|"),
    ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"), ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
]
_nb_ops += [("NB_INPLACE" + name[2:], sym + "=") for name, sym in _nb_ops]

_inline_cache_entries = [0] * 256
for _name, _n in _CACHES.items():
    _inline_cache_entries[opmap[_name]] = _n
_cache_format = {name: dict(layout) for name, layout in _CACHE_LAYOUT.items()}

_specializations = {name: list(forms) for name, forms in _SPECIALIZED.items()}
_specialized_instructions = [form for forms in _specializations.values() for form in forms]

del _name, _num, _n


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """Stack effect of opcode with argument oparg (not yet computed by Taipan)."""
    raise NotImplementedError("stack_effect() is not available in Taipan yet")

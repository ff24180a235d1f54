"""Token type constants shared by Python's tokenizer and parser (Taipan's own version).

The numbering follows CPython 3.11: the constants are numbered in the order of _NAMES, then
N_TOKENS counts them and NT_OFFSET marks where grammar (non-terminal) symbols begin.
"""

# Every terminal token type, in numbering order (ENDMARKER is 0).
_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT '
    'LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER '
    'EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE '
    'CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL '
    'PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL '
    'DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL '
    'OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING '
    'N_TOKENS'
).split()

for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
NT_OFFSET = 256

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + _NAMES + ['NT_OFFSET']

tok_name = {value: name for name, value in globals().items()
            if isinstance(value, int) and not name.startswith('_')}

# The operator text of each exact operator type, listed as operator-name pairs.
_OPERATORS = (
    '!= NOTEQUAL  % PERCENT  %= PERCENTEQUAL  & AMPER  &= AMPEREQUAL  ( LPAR  ) RPAR  '
    '* STAR  ** DOUBLESTAR  **= DOUBLESTAREQUAL  *= STAREQUAL  + PLUS  += PLUSEQUAL  '
    ', COMMA  - MINUS  -= MINEQUAL  -> RARROW  . DOT  ... ELLIPSIS  / SLASH  '
    '// DOUBLESLASH  //= DOUBLESLASHEQUAL  /= SLASHEQUAL  : COLON  := COLONEQUAL  ; SEMI  '
    '< LESS  << LEFTSHIFT  <<= LEFTSHIFTEQUAL  <= LESSEQUAL  = EQUAL  == EQEQUAL  '
    '> GREATER  >= GREATEREQUAL  >> RIGHTSHIFT  >>= RIGHTSHIFTEQUAL  @ AT  @= ATEQUAL  '
    '[ LSQB  ] RSQB  ^ CIRCUMFLEX  ^= CIRCUMFLEXEQUAL  { LBRACE  | VBAR  |= VBAREQUAL  '
    '} RBRACE  ~ TILDE'
).split()
EXACT_TOKEN_TYPES = {_OPERATORS[i]: globals()[_OPERATORS[i + 1]]
                     for i in range(0, len(_OPERATORS), 2)}

del _number, _name, _OPERATORS, _NAMES


def ISTERMINAL(x):
    """Whether x is a token type (as opposed to a grammar symbol)."""
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    """Whether x is a grammar symbol number."""
    return x >= NT_OFFSET


def ISEOF(x):
    """Whether x marks the end of the input."""
    return x == ENDMARKER

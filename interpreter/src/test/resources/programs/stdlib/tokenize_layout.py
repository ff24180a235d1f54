# tokenize: NEWLINE/NL/COMMENT/INDENT/DEDENT placement, incl. at EOF without a newline.
import io
import tokenize


def show(src):
    print(repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print('   ', tokenize.tok_name[tok.type], repr(tok.string), tok.start, tok.end)


show("if a:\n    if b:\n        c\n")
show("if a:\n    b")
show("x = 1  # tail")
show("# just a comment")
show("\n\n  \n")
show("f(a,\n  # inside\n  b)\n")
show("x = 1\r\ny = 2\r\n")
show("if a:\n\tb\n        c\n")
show("\x0cx = 1\n")
show("x = 1\\\n  + 2\n")
show("   ")

# tokenize: TokenError and IndentationError, and ERRORTOKEN for what the C tokenizer rejects.
import io
import tokenize


def run(src):
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            out.append((tokenize.tok_name[tok.type], tok.string))
    except tokenize.TokenError as e:
        print('TokenError', e.args, out[-2:])
        return
    except IndentationError as e:
        print('IndentationError', e.args, e.lineno, e.offset, e.filename)
        return
    print(out)


run("x = (1,\n")
run("x = [1,\n  2,\n")
run('s = """never\nclosed\n')
run("x = 1 + \\\n")
run("if x:\n        a\n    b\n")
run("x = $y ? `z`\n")
run("s = 'open\nx = 1\n")
run("s = 'open \\\nstill open\n")
run("x = 1\n  y = 2\n")
run("0x 1e 09 1__0\n")
run("x = !a\n")
print(issubclass(tokenize.TokenError, Exception), tokenize.TokenError.__module__)
print(issubclass(tokenize.StopTokenizing, Exception))
try:
    list(tokenize.tokenize(io.BytesIO(b'# coding: nope\nx\n').readline))
except SyntaxError as e:
    print('SyntaxError', e)
try:
    list(tokenize.tokenize(io.BytesIO(b'x = "\xff"\n').readline))
except SyntaxError as e:
    print('SyntaxError', e)

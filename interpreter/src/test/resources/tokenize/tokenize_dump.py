"""Prints what the tokenize module makes of some sources; run by CPython to record goldens
(tools/record_tokenize_goldens.py) and by Taipan to check them (TokenizeGoldenTest).

Usage: tokenize_dump.py cases FILE       sources are the Python literals on FILE's lines
       tokenize_dump.py files ROOT LIST  sources are the files under ROOT named in LIST
For each source: a '=== name' line, then one line per token (type, exact type, string, start, end, line),
then the error if tokenizing failed, then what untokenize gives back in full and compat mode.
"""
import io
import sys
import tokenize


def show_untokenize(label, toks, source):
    try:
        text = tokenize.untokenize(toks)
    except Exception as e:
        print(label, 'ERROR', type(e).__name__, repr(e.args))
        return
    print(label, 'same' if text == source else repr(text))


def dump(name, source):
    print('===', name)
    toks = []
    try:
        if isinstance(source, bytes):
            stream = tokenize.tokenize(io.BytesIO(source).readline)
        else:
            stream = tokenize.generate_tokens(io.StringIO(source).readline)
        last_line = None
        for tok in stream:
            toks.append(tok)
            # A line is shown once, for the first of its tokens ('-' for the others).
            line = '-' if tok.line == last_line else repr(tok.line)
            last_line = tok.line
            print(tok.type, tok.exact_type, repr(tok.string), tok.start, tok.end, line)
    except Exception as e:
        print('ERROR', type(e).__name__, repr(e.args))
        return
    show_untokenize('full', toks, source)
    show_untokenize('compat', [tok[:2] for tok in toks], source)


def main():
    if sys.argv[1] == 'cases':
        with open(sys.argv[2], encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if line and not line.startswith('#'):
                    dump('%d %s' % (number, line), eval(line))
    else:
        root = sys.argv[2]
        with open(sys.argv[3], encoding='utf-8') as f:
            names = f.read().split()
        for name in names:
            with open(root + '/' + name, 'rb') as f:
                dump(name, f.read())


main()

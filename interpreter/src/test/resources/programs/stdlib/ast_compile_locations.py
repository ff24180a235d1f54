# compile() of AST objects, location helpers, docstrings and source segments.
import ast

tree = ast.Module(body=[
    ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.Constant(6)),
    ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.BinOp(ast.Name("x", ast.Load()), ast.Mult(), ast.Constant(7))], [])),
], type_ignores=[])
try:
    compile(tree, "<built>", "exec")
except TypeError as e:
    print("TypeError:", e)
ast.fix_missing_locations(tree)
print(tree.body[1].lineno, tree.body[1].col_offset, tree.body[1].end_lineno, tree.body[1].end_col_offset)
exec(compile(tree, "<built>", "exec"))
expr = ast.Expression(ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
try:
    compile(tree, "<built>", "eval")
except TypeError as e:
    print("TypeError:", e)
bad = ast.fix_missing_locations(ast.Module([ast.Expr(ast.Name(ctx=ast.Load()))], []))
try:
    compile(bad, "<bad>", "exec")
except TypeError as e:
    print("TypeError:", e)
code = compile(ast.parse("def f(n):\n    return n + 1\nr = f(41)"), "<roundtrip>", "exec")
ns = {}
exec(code, ns)
print(ns["r"], code.co_filename)

src = "def g():\n    '''  Summary.\n\n        Details here.\n    '''\n    return {'k': [1,\n  2]}\n"
t = ast.parse(src)
print(repr(ast.get_docstring(t.body[0])))
print(repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t), ast.get_docstring(ast.parse("'''mod doc'''")))
try:
    ast.get_docstring(t.body[0].body[1])
except TypeError as e:
    print("TypeError:", e)
ret = t.body[0].body[1].value
print(repr(ast.get_source_segment(src, ret)))
print(repr(ast.get_source_segment(src, ret, padded=True)))
print(ast.get_source_segment(src, ast.Constant(1)))
ast.increment_lineno(t, 10)
print(t.body[0].lineno, t.body[0].end_lineno, ret.lineno, ret.end_lineno)
new = ast.Name("z", ast.Load())
ast.copy_location(new, ret)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
n2 = ast.copy_location(ast.Constant(1), ast.arguments())
print(hasattr(n2, "lineno"))
m = ast.parse("x = 1\ny = 2")
ast.increment_lineno(m)
print([s.lineno for s in m.body])
print(ast.dump(m.body[0], include_attributes=True))

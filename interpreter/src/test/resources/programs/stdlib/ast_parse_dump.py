# ast.parse modes and ast.dump options; node classes, fields and constructors.
import ast

src = "def f(a, *, b=1):\n    return [x ** 2 for x in a if x]\nclass K(Base):\n    pass\n"
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[0].body[0], include_attributes=True))
print(ast.dump(tree.body[1], indent=4))
print(ast.dump(tree.body[1], indent="..", include_attributes=True))
print(ast.dump(ast.parse("x + 1", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1; y", mode="single")))
print(ast.dump(ast.parse("match v:\n case [1, *r] | {'k': 2}: pass\n case C(x=1) as c if c: pass")))
print(ast.dump(ast.parse("try:\n pass\nexcept* E as e:\n pass\nwith a as b, c: pass")))
print(ast.dump(ast.parse("f'{a!r:>{w}} {b}' 'x'  u'z'")), ast.dump(ast.parse("u'z'")))
print(ast.dump(ast.parse(b"# coding: utf-8\nx = '\xc3\xa9'")))
print(ast.dump(ast.parse("async def g():\n    await x\n    async for i in y: yield i")))
n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name("x", ast.Load()))
print(ast.dump(n), n.op.__class__.__name__, n._fields)
print(ast.dump(ast.Constant(value=5)), ast.Constant(5).kind, ast.Name._attributes)
print(ast.Name.__mro__, ast.Add.__mro__, [c.__name__ for c in ast.expr_context.__subclasses__()][:3])
print(ast.arguments._fields, ast.comprehension._fields, ast.Module._fields)
print(ast.FunctionDef.__match_args__, ast.alias._attributes, ast.match_case._fields)
print(issubclass(ast.Expr, ast.stmt), issubclass(ast.Expression, ast.mod), isinstance(tree, ast.AST))
for bad in ((ast.Name, (1, 2, 3)), (ast.Pass, (1,)), (ast.Constant, (1, 2, 3))):
    try:
        bad[0](*bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.dump("nope")
except TypeError as e:
    print("TypeError:", e)
for text in ("x = (", "def f(:", "1 +"):
    try:
        ast.parse(text)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
node = tree.body[0]
print(node.name, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.dump(compile("a.b = c", "<x>", "exec", ast.PyCF_ONLY_AST)))

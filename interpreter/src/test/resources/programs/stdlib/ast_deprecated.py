# The deprecated constant classes (Num, Str, ...), Index/ExtSlice and visit_Num dispatch.
import ast, warnings
n = ast.Num(5)
print(type(n).__name__, n.n, n.value, isinstance(n, ast.Num), isinstance(n, ast.Str), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(ast.dump(ast.Str('x')), ast.dump(ast.Index(ast.Name('a'))), ast.dump(ast.ExtSlice([ast.Name('a')])), ast.dump(ast.Ellipsis()))
class V(ast.NodeVisitor):
    def visit_Num(self, node): print('num', node.n)
    def visit_Str(self, node): print('str', node.s)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    V().visit(ast.parse('x = 1 + "a"'))
    print([str(x.message) for x in w])
print(ast.Num.__doc__, ast.Num.__mro__, len(ast.Tuple([ast.Name("b")]).dims))
print(ast.dump(ast.Bytes(b"z")), ast.dump(ast.NameConstant(None)), isinstance(ast.Constant(b"q"), ast.Bytes))
print(isinstance(ast.Name("x"), ast.Num), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(2.5j), ast.Num))
try:
    ast.Num(1, n=2)
except TypeError as e:
    print("TypeError:", e)
c = ast.Constant(3)
c.n = 4
print(c.value, c.s)

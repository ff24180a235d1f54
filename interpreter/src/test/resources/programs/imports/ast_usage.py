# The ast module: parse, dump, literal_eval, walk, NodeVisitor, NodeTransformer, unparse.
import ast
tree = ast.parse('x = 1 + 2 * y\nprint(x)')
print(ast.dump(tree))
print(ast.dump(ast.parse('a[1:2]', mode='eval')))
print(ast.dump(ast.parse('f(*a, k=1)').body[0].value, indent=2))
print(ast.literal_eval("{'a': [1, 2.5, (True, None)], 'b': -3j}"))
try:
    ast.literal_eval('__import__("os")')
except ValueError as e:
    print('ValueError:', str(e).split(' <')[0])
names = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)})
print(names)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = 0

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


c = Counter()
c.visit(ast.parse('f(g(1), h())'))
print(c.calls)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


new = ast.fix_missing_locations(Doubler().visit(ast.parse('z = 1 + 20')))
print(ast.unparse(new))
ns = {}
exec(compile(new, '<ast>', 'exec'), ns)
print(ns['z'])
node = tree.body[0]
print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.get_source_segment('x = 1 + 2 * y', node.value))
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno, e.offset)
print(ast.unparse(ast.parse('async def f():\n    async with a as b:\n        await c')))

# walk, iter_fields, iter_child_nodes, NodeVisitor and NodeTransformer.
import ast

src = """
def area(r):
    return 3.14 * r * r

def perimeter(r):
    total = 2 * 3.14 * r
    print(total)
    return total

values = [area(1), perimeter(2), len("abc")]
"""
tree = ast.parse(src)
kinds = {}
for node in ast.walk(tree):
    kinds[type(node).__name__] = kinds.get(type(node).__name__, 0) + 1
print(sorted(kinds.items()))
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[2].value)])


class Calls(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.names.append(node.func.id)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.names.append("def " + node.name)
        self.generic_visit(node)


v = Calls()
v.visit(tree)
print(v.names)


class Pi(ast.NodeTransformer):
    def visit_Constant(self, node):
        if node.value == 3.14:
            return ast.copy_location(ast.Attribute(ast.Name("math", ast.Load()), "pi", ast.Load()), node)
        return node

    def visit_Expr(self, node):
        # drop bare print(...) statements
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "print":
            return None
        return self.generic_visit(node)

    def visit_Return(self, node):
        # return twice: a list replaces one statement with several
        self.generic_visit(node)
        log = ast.Expr(ast.Call(ast.Name("log", ast.Load()), [], []))
        return [log, node]


new = ast.fix_missing_locations(Pi().visit(tree))
print(ast.unparse(new))
ns = {"log": lambda: None, "math": __import__("math"), "len": len}
exec(compile(new, "<pi>", "exec"), ns)
print(round(ns["values"][0], 6), round(ns["values"][1], 6), ns["values"][2])


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(node.id.upper(), node.ctx)


t2 = Renamer().visit(ast.parse("a = b + c", mode="exec"))
print(ast.dump(t2))
print(ast.unparse(t2))
print(isinstance(Pi(), ast.NodeVisitor), Calls().visit(ast.Constant(1)))

# ast.parse and compile(): modes (func_type too), flags and argument errors.
import ast
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print(e)
try:
    compile(ast.parse("x"), "f", "bogus")
except ValueError as e:
    print(e)
try:
    compile(42, "f", "exec")
except TypeError as e:
    print(e)
print(ast.dump(ast.parse("x", type_comments=True, feature_version=(3, 8))))
t = ast.parse("x = 1")
print(compile(t, "f", "exec", ast.PyCF_ONLY_AST) is t)

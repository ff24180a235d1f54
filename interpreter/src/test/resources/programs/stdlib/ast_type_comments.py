# ast.parse(type_comments=True): type_comment fields (assignments, for, with, def, parameters),
# TypeIgnore entries, type comments in places the grammar refuses, func_type mode, compile() flags
import ast
cases = ['print(1)  # type: int', 'x = 1  # type: int', 'x = 1 # type:int', 'x = 1  #type: ignore', 'x = 1  # type: ignored', 'x = 1  # type: ignore[x] more', 'x = (1, # type: int\n 2)', '# type: ignore\nx=1', 'def f(a, # type: int\n):  # type: (...) -> None\n  pass', 'def f(\n a, # type: int\n b=2, # type: str\n):\n  # type: (...) -> None\n  pass', 'for x in y:  # type: int\n  pass\nelse:  # type: int\n  pass', 'with a as b, c:  # type: int\n  pass', 'async def f():  # type: () -> int\n  async for x in y:  # type: int\n    pass\n  async with a:  # type: int\n    pass', 'x: int = 1  # type: int', 'x = y = 2 # type: int', 'x += 1  # type: int', 'if x:  # type: int\n  pass', 'x = 1  # type:  int   ', 'import a # type: ignore # comment',
 '# type: int\nx = 1', 'x = 1\n# type: int\n', 'def f():\n  # type: () -> None\n\n  pass', 'def f():\n  x = 1\n  # type: int\n  y = 2', 'def f():  # type: () -> None\n  # type: () -> int\n  pass', 'x = [\n1, # type: ignore\n2]', 'def f(a,  # type: int\n      *args,  # type: str\n      b,  # type: float\n      **kw  # type: bool\n      ):\n  pass', 'def f(a  # type: int\n):\n  pass', 'def f(a=1  # type: int\n):\n  pass', 'x = 1  # type: ignore', 'lambda: 1  # type: int',
 'with (a as b):  # type: int\n  pass', 'for x in y:  # type: List[int]\n  pass', 'x = 1  # type: ignore_x', 'x = 1 # type: ignoreé', 'def f(*, a  # type: int\n): pass', 'def f(**kw,  # type: int\n): pass', 'def f(a, /,  # type: int\n b): pass', 'x = 1  # type: int\ny = 2  # type: str\n', 'x = 1  # type: int  # another']
for s in cases:
    try:
        t = ast.parse(s, type_comments=True)
        print(repr(s), ast.dump(t, include_attributes=True))
    except SyntaxError as e: print(repr(s), 'SyntaxError', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(ast.dump(compile('x = 1  # type: int\n', 'f', 'exec', ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)))
print(ast.dump(ast.parse(b'x = 1  # type: int\n', type_comments=True)))
print(ast.dump(ast.parse('x = 1  # type: int\n')))
for text in ['(int, str) -> bool', '() -> None', '(*int, **str) -> List[int]', '(int) -> x -> y']:
    try:
        print(text, ast.dump(ast.parse(text, mode='func_type')))
    except SyntaxError as e:
        print(text, 'SyntaxError', e.msg, e.lineno, e.offset)
tree = ast.parse('def f(a, b):  # type: (int, str) -> bool\n  return a\n', type_comments=True)
sig = ast.parse(tree.body[0].type_comment, mode='func_type')
print([ast.unparse(t) for t in sig.argtypes], ast.unparse(sig.returns))

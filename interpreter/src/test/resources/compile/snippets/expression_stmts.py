1
"string"
x
f()
x.y
...
None

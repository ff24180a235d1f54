count: int = 2
label: "str"
print('annotated:', '__annotations__' in globals(), __annotations__)

result = (first_value
          + second_value
          - third_value)
call_result = function_name(
    positional,
    keyword=value,
)
chained = (obj
    .method_one()
    .method_two(arg)
    .attribute)
if (a and
        b):
    pass
x = [
    i
    for i in y
    if i
]
assert (
    condition
), "message"

# exec and eval are builtins (c_call/c_return) around the code they run, which is a '<module>' or
# '<string>'-named frame with its own call and return.
def helper(v):
    return v * 2

def main():
    space = {'helper': helper}
    exec('x = helper(3)\ny = x + 1', space)
    value = eval('helper(y)', space)
    return space['x'], space['y'], value

# The forms of calling a builtin that a profiler reports with c_call/c_return/c_exception: plain
# builtins, bound methods of builtin objects, method descriptors called through the class, a
# builtin raising, builtins called with * and ** arguments; and calls it does not report: types
# (int, str, list), and builtins called by builtins (key= functions of sorted).
def main():
    items = [3, 1, 2]
    append = items.append
    append(4)
    list.append(items, 5)
    total = sum(items)
    try:
        len(5)
    except TypeError:
        pass
    args = ([9, 8],)
    biggest = max(*args)
    kw = {'key': abs}
    smallest = min([-3, 2], **kw)
    ordered = sorted(map(str, items), key=len)
    made = int('7') + len(str(8)) + len(list('ab'))
    return total, biggest, smallest, ordered, made

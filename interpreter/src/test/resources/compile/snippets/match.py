match command.split():
    case [action]:
        go(action)
    case [action, obj]:
        do(action, obj)
    case ["drop", *objects]:
        drop(objects)
    case [first, *_]:
        pass
    case [*_, last]:
        pass
    case _:
        unknown()
match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=y):
        print(y)
    case Point(1, 2):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {}:
        pass
    case 1 | 2 | 3:
        pass
    case (a, b) | [b, a]:
        pass
    case None:
        pass
    case True:
        pass
    case Color.RED:
        pass
    case str() as s if s:
        pass
    case x:
        pass
def f(v):
    match v:
        case [1, 2, *rest] if rest:
            return rest
        case {"k": [a, b]}:
            return a
    return None
match y:
    case _:
        z = 1
match w:
    case -1:
        pass
    case 1+2j:
        pass
    case {1: _, "a": _}:
        pass

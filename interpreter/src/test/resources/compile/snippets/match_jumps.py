def f(self, state, test_name):
    match state:
        case State.A:
            self.resource_denied.append(test_name)
        case State.B:
            self.interrupted = True
        case State.C:
            x = True
        case _:
            pass
    return 1

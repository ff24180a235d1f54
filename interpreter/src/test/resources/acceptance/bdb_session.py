import bdb
import sys


def inner(x):
    y = x * 2
    return y + 1


def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total


class Recorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.events = []
        self.steps = 0

    def user_call(self, frame, args):
        self.events.append(('call', frame.f_code.co_name, frame.f_lineno))
        self.set_step()

    def user_line(self, frame):
        self.events.append(('line', frame.f_code.co_name, frame.f_lineno))
        self.steps += 1
        if self.steps > 40:
            self.set_continue()
        else:
            self.set_step()

    def user_return(self, frame, value):
        self.events.append(('return', frame.f_code.co_name, value))
        self.set_step()

    def user_exception(self, frame, info):
        self.events.append(('exception', frame.f_code.co_name, info[0].__name__))
        self.set_step()


r = Recorder()
r.set_break(__file__, 6)
r.runcall(outer, 3)
for e in r.events:
    print(e)
import os
print({os.path.basename(k): v for k, v in r.get_all_breaks().items()})
r2 = Recorder()
r2.set_break(__file__, 7, cond='x == 2')
print(r2.get_break(__file__, 7), [str(b.cond) for b in r2.get_breaks(__file__, 7)])
r2.runcall(outer, 4)
print(len(r2.events))

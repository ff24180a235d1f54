# throw() into a coroutine suspended in an await whose iterator has no throw()/close():
# the exception is raised at the await itself, and the coroutine may handle it and return.
class Step:
    """An awaitable whose iterator is a plain object with only __next__."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return StepIter(self.value)


class StepIter:
    def __init__(self, value):
        self.value = value
        self.sent = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.sent:
            raise StopIteration(self.value * 10)
        self.sent = True
        return self.value


async def handles():
    try:
        await Step(1)
    except ValueError as exc:
        print("handled at the await:", exc)
    got = await Step(2)
    print("second await got", got)
    return "finished"


c = handles()
print("yielded", c.send(None))
print("yielded", c.throw(ValueError("boom")))
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)


async def lets_it_through():
    await Step(3)

c = lets_it_through()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as exc:
    print("propagated", repr(exc))
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)

c = handles()
c.send(None)
print("close:", c.close(), c.cr_frame)

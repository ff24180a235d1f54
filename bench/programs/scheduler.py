"""A cooperative task scheduler in the style of the classic Richards benchmark, written anew:
objects with state, method dispatch through subclasses, linked queues and packets."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_COUNT = 6


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.value = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and not (self.waiting and self.queue is None)

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        super().__init__(scheduler, ident, priority, queue)
        self.seed = 1
        self.count = count
        self.waiting = False

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.counter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.dest = self.destination
        packet.value = 0
        for i in range(4):
            self.counter = self.counter + 1 if self.counter < 26 else 1
            packet.data[i] = self.counter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.value >= 4:
                self.work = work.link
                return self.scheduler.send(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.value = work.data[work.value]
                work.value += 1
                return self.scheduler.send(dev)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.send(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * TASK_COUNT
        self.current = None
        self.hold_count = 0
        self.sent = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        t = self.table[packet.dest]
        self.sent += 1
        packet.dest = self.current.ident
        if t.queue is None:
            t.queue = packet
            packet.link = None
            t.waiting = False
            return t if t.priority > self.current.priority else self.current
        packet.append_to(t.queue)
        return self.current

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            t = self.current
            if not t.runnable():
                self.current = t.link
                continue
            packet = None
            if t.queue is not None:
                packet = t.queue
                t.queue = packet.link
                t.waiting = False
            self.current = t.run(packet)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, count)
    wq = Packet(Packet(None, WORKER, "work"), WORKER, "work")
    WorkerTask(s, WORKER, 1000, wq)
    q = Packet(Packet(Packet(None, DEVICE_A, "device"), DEVICE_A, "device"), DEVICE_A, "device")
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(Packet(Packet(None, DEVICE_B, "device"), DEVICE_B, "device"), DEVICE_B, "device")
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.schedule()
    return s.sent, s.hold_count


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 25
total = None
for _ in range(rounds):
    total = run_once(10000)
print(total)

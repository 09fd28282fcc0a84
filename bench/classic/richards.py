# richards.py — an operating-system kernel simulation in the spirit of Martin
# Richards' benchmark: six tasks (idle, worker, two handlers, two devices)
# with priorities, a scheduler that runs the highest-priority task that is
# neither waiting nor held, and packets passed between task queues. Method
# calls, attribute access and linked lists of small objects.
# Result: how many packets were queued and how many times a task held itself.
# Usage: richards.py [--iterations N]
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4
IDLE_COUNT = 300_000


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Put this packet at the end of the queue that starts at `queue`; return the head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: scheduling state plus the task's private record."""

    def __init__(self, scheduler, ident, priority, queue, record, run):
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.record = record
        self.run = run
        self.waiting = False
        self.held = False
        self.packet_pending = queue is not None
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def take_packet(self):
        """The packet to run with: the head of the queue if one is pending."""
        if self.waiting and self.packet_pending:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
            return packet
        return None

    def add_packet(self, packet, current):
        """Queue a packet for this task; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    # --- kernel calls made by the tasks
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return target.add_packet(packet, self.current)

    # --- the main loop
    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.runnable():
                self.current = task
                packet = task.take_packet()
                task = task.run(self, task.record, packet)
            else:
                task = task.link


class IdleRecord:
    def __init__(self):
        self.control = 1
        self.count = IDLE_COUNT


def run_idle(s, record, packet):
    record.count -= 1
    if record.count == 0:
        return s.hold_self()
    if record.control & 1 == 0:
        record.control >>= 1
        return s.release(DEVICE_A)
    record.control = (record.control >> 1) ^ 0xD008
    return s.release(DEVICE_B)


class WorkerRecord:
    def __init__(self):
        self.destination = HANDLER_A
        self.letter = 0


def run_worker(s, record, packet):
    if packet is None:
        return s.wait()
    record.destination = HANDLER_B if record.destination == HANDLER_A else HANDLER_A
    packet.ident = record.destination
    packet.datum = 0
    for i in range(DATA_SIZE):
        record.letter += 1
        if record.letter > 26:
            record.letter = 1
        packet.data[i] = record.letter
    return s.send(packet)


class HandlerRecord:
    def __init__(self):
        self.work = None
        self.device = None


def run_handler(s, record, packet):
    if packet is not None:
        if packet.kind == KIND_WORK:
            record.work = packet.append_to(record.work)
        else:
            record.device = packet.append_to(record.device)
    work = record.work
    if work is not None:
        position = work.datum
        if position < DATA_SIZE:
            device = record.device
            if device is not None:
                record.device = device.link
                device.datum = work.data[position]
                work.datum = position + 1
                return s.send(device)
        else:
            record.work = work.link
            return s.send(work)
    return s.wait()


class DeviceRecord:
    def __init__(self):
        self.pending = None
        self.checksum = 0


def run_device(s, record, packet):
    if packet is None:
        pending = record.pending
        if pending is None:
            return s.wait()
        record.pending = None
        return s.send(pending)
    record.pending = packet
    record.checksum = (record.checksum * 31 + packet.datum) % 1000003
    return s.hold_self()


def simulate():
    s = Scheduler()
    Task(s, IDLE, 0, None, IdleRecord(), run_idle)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    Task(s, WORKER, 1000, work, WorkerRecord(), run_worker)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        Task(s, handler, priority, queue, HandlerRecord(), run_handler)
    device_records = []
    for device, priority in ((DEVICE_A, 4000), (DEVICE_B, 5000)):
        record = DeviceRecord()
        device_records.append(record)
        task = Task(s, device, priority, None, record, run_device)
        task.waiting = True
    s.tasks[IDLE].waiting = False
    s.schedule()
    return "queued=%d held=%d devices=%d,%d" % (
        s.queue_count,
        s.hold_count,
        device_records[0].checksum,
        device_records[1].checksum,
    )


def bench():
    return simulate()


EXPECTED = "queued=697898 held=279158 devices=669152,944402"


def main():
    args = sys.argv[1:]
    iterations = 1
    if "--iterations" in args:
        iterations = int(args[args.index("--iterations") + 1])
    elapsed = 0.0
    result = None
    for _ in range(iterations):
        start = time.perf_counter()
        result = bench()
        lap = time.perf_counter() - start
        elapsed += lap
        print("iter:", lap)
    print("time:", elapsed)
    print("result:", result)
    if result != EXPECTED:
        print("wrong result, expected", EXPECTED)
        sys.exit(1)


main()

"""A tiny lease-free lock service: clients acquire a named lock, wait in FIFO order
when it is held, and hand it over to the next waiter on release.

The service is single-threaded (an event loop calls handle()), so each handler
runs atomically; that is what the TLA+ translation models as one step.
"""

from collections import deque


class LockError(Exception):
    pass


class LockService:
    def __init__(self, clients):
        self.clients = set(clients)
        self.holder = None          # client holding the lock, or None
        self.waiting = deque()      # FIFO of clients waiting for the lock
        self.grants = 0             # how many times the lock was granted

    def acquire(self, client):
        """Take the lock if it is free, else queue up (at most once)."""
        if client not in self.clients:
            raise LockError(f"unknown client {client}")
        if self.holder is None:
            self.holder = client
            self.grants += 1
            return True
        if client != self.holder and client not in self.waiting:
            self.waiting.append(client)
        return False

    def release(self, client):
        """Release the lock; the first waiter, if any, gets it at once."""
        if self.holder != client:
            raise LockError(f"{client} does not hold the lock")
        if self.waiting:
            self.holder = self.waiting.popleft()
            self.grants += 1
        else:
            self.holder = None

    def cancel(self, client):
        """A waiting client gives up."""
        if client in self.waiting:
            self.waiting.remove(client)

    def handle(self, request):
        kind, client = request["kind"], request["client"]
        if kind == "acquire":
            return {"granted": self.acquire(client)}
        if kind == "release":
            self.release(client)
            return {"ok": True}
        if kind == "cancel":
            self.cancel(client)
            return {"ok": True}
        raise LockError(f"unknown request {kind}")


def invariant(service):
    """Safety: the holder never waits, and nobody waits twice."""
    assert service.holder is None or service.holder not in service.waiting
    assert len(service.waiting) == len(set(service.waiting))


if __name__ == "__main__":
    s = LockService(["a", "b", "c"])
    for req in [("acquire", "a"), ("acquire", "b"), ("acquire", "c"),
                ("cancel", "b"), ("release", "a"), ("release", "c")]:
        print(req, s.handle({"kind": req[0], "client": req[1]}))
        invariant(s)
    assert s.holder is None and s.grants == 2

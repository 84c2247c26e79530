import specula_trace
"""A lock server: clients queue for one lock, the server grants it in queue order, the owner releases it.

Run `python3 lock_server.py [SEED] [STEPS]` to drive it with a seeded random schedule of client calls. The
plain program prints nothing; its instrumented build (see README.md) prints one NDJSON event per state change.
"""
import random
import sys


class LockServer:
    def __init__(self, clients, max_grants):
        self.owner = None
        self.queue = []
        self.grants = {c: 0 for c in clients}
        self.max_grants = max_grants

    @specula_trace.traced("Request", ["owner", "queue", "grants"])
    def request(self, client):
        """Queue a client for the lock; refused for the owner, a client already waiting, or one out of grants."""
        if client == self.owner or client in self.queue or self.grants[client] >= self.max_grants:
            return False
        self.queue.append(client)
        return True

    @specula_trace.traced("Grant", ["owner", "queue", "grants"])
    def grant(self):
        """Hand the free lock to the client at the head of the queue."""
        if self.owner is not None or not self.queue:
            return False
        self.owner = self.queue.pop(0)
        self.grants[self.owner] += 1
        return True

    @specula_trace.traced("Release", ["owner", "queue", "grants"])
    def release(self, client):
        """The owner gives the lock back."""
        if self.owner != client:
            return False
        self.owner = None
        return True


def drive(server, clients, seed, steps):
    rng = random.Random(seed)
    for _ in range(steps):
        op = rng.choice(["request", "request", "grant", "release"])
        if op == "grant":
            server.grant()
        else:
            getattr(server, op)(rng.choice(clients))


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    clients = ["c1", "c2", "c3"]
    drive(LockServer(clients, max_grants=3), clients, seed, steps)

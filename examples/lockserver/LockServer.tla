----------------------------- MODULE LockServer -----------------------------
(* A lock server: clients queue for one lock; the server grants it to the   *)
(* client at the head of the queue; the owner releases it. grants counts    *)
(* how many times each client got the lock.                                 *)
EXTENDS Naturals, Sequences

CONSTANTS Client, Nil, MaxGrants

VARIABLES owner, queue, grants

vars == <<owner, queue, grants>>

Waiting(c) == \E i \in 1..Len(queue) : queue[i] = c

TypeOK ==
    /\ owner \in Client \cup {Nil}
    /\ queue \in Seq(Client)
    /\ grants \in [Client -> 0..MaxGrants]

\* The owner never waits for the lock it holds, and nobody waits twice.
QueueInv ==
    /\ owner # Nil => ~Waiting(owner)
    /\ \A i, j \in 1..Len(queue) : i # j => queue[i] # queue[j]

Init ==
    /\ owner = Nil
    /\ queue = <<>>
    /\ grants = [c \in Client |-> 0]

Request(c) ==
    /\ c # owner
    /\ ~Waiting(c)
    /\ grants[c] < MaxGrants
    /\ queue' = Append(queue, c)
    /\ UNCHANGED <<owner, grants>>

Grant ==
    /\ owner = Nil
    /\ queue # <<>>
    /\ owner' = Head(queue)
    /\ queue' = Tail(queue)
    /\ grants' = [grants EXCEPT ![Head(queue)] = @ + 1]

Release(c) ==
    /\ owner = c
    /\ owner' = Nil
    /\ UNCHANGED <<queue, grants>>

Next ==
    \/ \E c \in Client : Request(c)
    \/ Grant
    \/ \E c \in Client : Release(c)

Spec == Init /\ [][Next]_vars
=============================================================================

---- MODULE Calls ----
EXTENDS Naturals
\* Imperative: Outer calls Add, which assigns twice itself, then reads and reassigns y.
VARIABLES x, y

Init == /\ x = 0
        /\ y = 1

Add(n) == /\ x' = x + n
          /\ x' = x' + n

Outer(p) == /\ y' = y + p
            /\ Add(y')
            /\ y' = y' * 2

Next == /\ y < 20
        /\ \E p \in {1, 2} : Outer(p)
====

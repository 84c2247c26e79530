---- MODULE Calls_expected ----
EXTENDS Naturals
VARIABLES x, y

Init == /\ x = 0
        /\ y = 1

Next == /\ y < 20
        /\ \E p \in {1, 2} : /\ x' = x + 2 * (y + p)
                             /\ y' = (y + p) * 2
====

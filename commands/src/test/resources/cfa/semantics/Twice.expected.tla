---- MODULE Twice_expected ----
EXTENDS Naturals
\* What Twice means when its actions run as sequential code.
VARIABLES x, y

Init == /\ x = 0
        /\ y = 0

Next == \/ /\ x < 4
           /\ x' = x + 2
           /\ y' = (x + 1) * 2
        \/ /\ x >= 4
           /\ x' = 0
           /\ y' = y
====

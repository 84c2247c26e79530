---- MODULE Twice ----
EXTENDS Naturals
\* Imperative: x is assigned twice in one action, and y reads x after the first assignment.
VARIABLES x, y

Init == /\ x = 0
        /\ y = 0

Bump == /\ x < 4
        /\ x' = x + 1
        /\ y' = x' * 2
        /\ x' = x' + 1

Reset == /\ x >= 4
         /\ x' = 0
         /\ UNCHANGED y

Next == Bump \/ Reset
====

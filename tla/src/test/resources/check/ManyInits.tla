---- MODULE ManyInits ----
\* Most states are initial ones (as in MCBakery): exercises the parallel checking of initial states.
EXTENDS Naturals
VARIABLES x, y

Init == x \in 0..59 /\ y \in 0..59 /\ (x + y) % 3 # 0

Next == x < 59 /\ x' = x + 1 /\ y' = y

Small == x + y < 117
====

---- MODULE Unassigned ----
EXTENDS Naturals
VARIABLES a, b
Init == a = 0 /\ b = 0
Next == a' = a + 1
====

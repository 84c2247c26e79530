---- MODULE Grid ----
\* A larger space for comparing worker counts: three counters and a set, with a state constraint.
EXTENDS Naturals, FiniteSets
CONSTANT N
VARIABLES a, b, c, s
Init == a = 0 /\ b = 0 /\ c = 0 /\ s = {}
Next == \/ a' = (a + 1) % N /\ UNCHANGED <<b, c, s>>
        \/ b' = (b + a) % N /\ UNCHANGED <<a, c, s>>
        \/ \E i \in 1..3 : s' = s \cup {i} /\ c' = c + 1 /\ UNCHANGED <<a, b>>
        \/ s # {} /\ s' = {} /\ UNCHANGED <<a, b, c>>
Constraint == c < 6
====

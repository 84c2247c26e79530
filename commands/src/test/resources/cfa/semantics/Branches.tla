---- MODULE Branches ----
EXTENDS Naturals
\* Imperative: the branches assign different variables, the ELSE branch assigns z and the statement after the IF
\* assigns it again, reading the values the branch left.
VARIABLES x, y, z

Init == /\ x = 0
        /\ y = 0
        /\ z = 0

Step == /\ x < 3
        /\ IF x = 1
             THEN /\ y' = y + 1
                  /\ x' = 2
             ELSE /\ x' = x + 1
                  /\ z' = 1
        /\ z' = z + x'

Next == Step
====

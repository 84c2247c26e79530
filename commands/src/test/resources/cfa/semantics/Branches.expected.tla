---- MODULE Branches_expected ----
EXTENDS Naturals
VARIABLES x, y, z

Init == /\ x = 0
        /\ y = 0
        /\ z = 0

Next == /\ x < 3
        /\ IF x = 1
             THEN /\ y' = y + 1
                  /\ x' = 2
                  /\ z' = z + 2
             ELSE /\ x' = x + 1
                  /\ y' = y
                  /\ z' = 1 + x + 1
====

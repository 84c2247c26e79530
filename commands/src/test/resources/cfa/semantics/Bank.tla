---- MODULE Bank ----
EXTENDS Naturals
\* The worked example of the design notes: a cut inside a LET, and a read after a possible write.
CONSTANT Procs
VARIABLES bal, cnt

Init == /\ bal = 0
        /\ cnt = 0

Deposit(p) ==
    /\ bal < 20
    /\ LET fee == 1 IN
        /\ bal' = bal + 5
        /\ cnt' = cnt + fee
        /\ bal' = bal' - fee

Audit(p) ==
    /\ IF bal > 10
       THEN /\ cnt' = 0
       ELSE /\ bal' = bal + 1
    /\ bal < 100

Next == \E p \in Procs : Deposit(p) \/ Audit(p)
====

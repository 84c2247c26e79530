------------------------------ MODULE Counter ------------------------------
(* A bounded counter: small enough to read at a glance, the subject of the  *)
(* specula-shell tour (examples/tour.replay).                              *)
EXTENDS Naturals

CONSTANT Max

VARIABLE x

Init == x = 0

Inc == x < Max /\ x' = x + 1

Reset == x = Max /\ x' = 0

Next == Inc \/ Reset

Spec == Init /\ [][Next]_x

TypeOK == x \in 0..Max
=============================================================================

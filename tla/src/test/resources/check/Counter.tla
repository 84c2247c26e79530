---- MODULE Counter ----
EXTENDS Naturals, TLC
CONSTANTS MaxX, MaxY
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x < MaxX /\ x' = x + 1 /\ UNCHANGED y
IncY == y < MaxY /\ y' = y + 1 /\ UNCHANGED x
Next == IncX \/ IncY
Spec == Init /\ [][Next]_vars
Small == x + y < 4
TypeOK == x \in 0..MaxX /\ y \in 0..MaxY
XGrows == [][x' >= x]_vars
XShrinks == [][x' <= x]_vars
Alias == [sum |-> x + y, x |-> x]
Post == TLCGet("distinct") = 12
PostBad == TLCGet("distinct") = 13
====

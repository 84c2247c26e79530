---- MODULE Assume ----
EXTENDS Naturals
CONSTANT K
ASSUME K > 5
VARIABLE v
Init == v = K
Next == UNCHANGED v
====

---- MODULE Inner ----
EXTENDS Naturals
CONSTANT C
Double == 2 * C
AddC(x) == x + C
====

---- MODULE Broken ----
EXTENDS Naturals
VARIABLES n
Init == n = 0
Next == n' = IF n < 2 THEN n + 1 ELSE n + "one"
====

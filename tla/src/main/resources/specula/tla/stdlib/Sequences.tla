----------------------------- MODULE Sequences -----------------------------
(***************************************************************************)
(* Finite sequences, i.e. functions with domain 1..n for some n \in Nat.   *)
(* The engine implements all of these natively; the definitions give their *)
(* meaning and serve as a reference for testing the implementations.       *)
(***************************************************************************)
LOCAL INSTANCE Naturals

Seq(S) == UNION { [1 .. n -> S] : n \in Nat }

Len(s) == CHOOSE n \in Nat : DOMAIN s = 1 .. n

s \o t ==
  LET m == Len(s)
  IN  [k \in 1 .. (m + Len(t)) |-> IF k \leq m THEN s[k] ELSE t[k - m]]

Append(s, e) == s \o << e >>

Head(s) == s[1]

\* Undefined for the empty sequence, as in the standard module.
Tail(s) == CASE s # << >> -> [k \in 1 .. (Len(s) - 1) |-> s[k + 1]]

SubSeq(s, m, n) == [k \in 1 .. (1 + n - m) |-> s[m + k - 1]]

SelectSeq(s, Test(_)) ==
  LET keep[k \in 0 .. Len(s)] ==
        IF k = 0 THEN << >>
        ELSE IF Test(s[k]) THEN Append(keep[k - 1], s[k])
                           ELSE keep[k - 1]
  IN  keep[Len(s)]

=============================================================================

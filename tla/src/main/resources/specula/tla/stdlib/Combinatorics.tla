--------------------------- MODULE Combinatorics ---------------------------
(***************************************************************************)
(* Factorials and binomial coefficients.                                   *)
(***************************************************************************)
EXTENDS Naturals

factorial[n \in Nat] == IF n = 0 THEN 1 ELSE n * factorial[n - 1]

\* n over k.
choose(n, k) == factorial[n] \div (factorial[k] * factorial[n - k])

=============================================================================

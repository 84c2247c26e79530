----------------------------- MODULE Statistics -----------------------------
(***************************************************************************)
(* Statistical tests evaluated natively by the engine.                     *)
(***************************************************************************)
EXTENDS Naturals

\* Chi-square goodness-of-fit test of the observed counts actual against the
\* expected counts, at significance level alpha (a string such as "0.05"):
\* TRUE iff the null hypothesis (actual follows expected) is not rejected.
ChiSquare(expected, actual, alpha) == CHOOSE accepted \in BOOLEAN : TRUE

=============================================================================

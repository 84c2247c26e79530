------------------------------ MODULE Integers ------------------------------
(***************************************************************************)
(* The integers: Naturals plus negative numbers and unary minus.  As in    *)
(* Naturals, the bodies are placeholders for native implementations.       *)
(***************************************************************************)
EXTENDS Naturals

Int == CHOOSE ints : Nat \subseteq ints

-. a == 0 - a

=============================================================================

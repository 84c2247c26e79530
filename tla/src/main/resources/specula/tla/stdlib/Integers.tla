------------------------------ MODULE Integers ------------------------------
(***************************************************************************)
(* The integers: Naturals plus negative numbers and unary minus.  As in    *)
(* Naturals, the bodies are placeholders for native implementations.       *)
(***************************************************************************)
EXTENDS Naturals

Int == CHOOSE Integers : Nat \subseteq Integers

-. a == 0 - a

=============================================================================

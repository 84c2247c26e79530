------------------------------- MODULE Reals -------------------------------
(***************************************************************************)
(* The real numbers, division and Infinity.  TLC cannot enumerate Real;   *)
(* the bodies are placeholders for native implementations.                 *)
(***************************************************************************)
EXTENDS Integers

Real == CHOOSE RealNumbers : Int \subseteq RealNumbers

a / b == CHOOSE quotient \in Real : a = b * quotient

Infinity == CHOOSE inf : inf \notin Real

=============================================================================

------------------------------ MODULE Naturals ------------------------------
(***************************************************************************)
(* The natural numbers with their arithmetic and ordering.                 *)
(*                                                                         *)
(* Like the module SANY ships, the right-hand sides below are mere         *)
(* placeholders: the engine implements every operator of this module      *)
(* natively, so these bodies are never evaluated.  They only fix each      *)
(* operator's name, arity and fixity, and they deliberately avoid using    *)
(* the operators they stand for (which would be circular).                 *)
(***************************************************************************)

Nat == CHOOSE NaturalNumbers : TRUE

a + b == CHOOSE sum : TRUE
a - b == CHOOSE difference : TRUE
a * b == CHOOSE product : TRUE
a ^ b == CHOOSE power : TRUE

a < b == CHOOSE lessThan \in BOOLEAN : TRUE
a > b == CHOOSE greaterThan \in BOOLEAN : TRUE
a \leq b == CHOOSE atMost \in BOOLEAN : TRUE
a \geq b == CHOOSE atLeast \in BOOLEAN : TRUE

a % b == CHOOSE remainder : TRUE
a \div b == CHOOSE quotient : TRUE

a .. b == { i \in Nat : (a \leq i) /\ (i \leq b) }

=============================================================================

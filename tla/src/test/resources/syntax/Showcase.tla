Text before the header is ignored.
------------------------------ MODULE Showcase ------------------------------
EXTENDS Naturals, Sequences, FiniteSets, TLC
(***************************************************************************)
(* A module that uses most of the language, for parser and printer tests.  *)
(* (* nested comment *)                                                   *)
(***************************************************************************)
CONSTANTS N, Proc, F(_, _), _ ** _
VARIABLES x, y, pc

vars == <<x, y, pc>>

\* --algorithm kept as a comment
(* --algorithm Demo {
     variables z = 0;
     { z := z + 1 }
   } *)

a ++ b == a + b
-. a == 0 - a
a ^+ == a
RECURSIVE Sum(_)
Sum(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE v \in S : TRUE IN e + Sum(S \ {e})

f[i \in 1..N] == IF i = 1 THEN 1 ELSE i * f[i - 1]

Rec == [a |-> 1, b |-> "two\"\n", c |-> \b1010 + \o17 + \h1F]
RecSet == [a : Nat, b : STRING]
Fun == [p \in Proc, q \in Proc |-> <<p, q>>]
Upd(g) == [g EXCEPT ![1].a = @ + 1, ![2] = 3]
Sets == {<<p, q>> \in Proc \X Proc : p # q} \cup {p + 1 : p \in 1..N, q \in Proc}

Init == /\ x = 0
        /\ y \in [Proc -> {0, 1}]
        /\ pc = "start"

Step(p) ==
  /\ \/ /\ pc = "start"
        /\ pc' = "done"
     \/ /\ pc = "done"
        /\ UNCHANGED pc
  /\ x' = CASE x = 0 -> 1
            [] x = 1 -> 2
            [] OTHER -> 0
  /\ y' = [y EXCEPT ![p] = 1 - @]

Next == \E p \in Proc : Step(p)
Spec == Init /\ [][Next]_vars /\ WF_vars(Next) /\ SF_<<x, y>>(Next)
Live == (<>[](x = 0) ~> []<>(y = y)) /\ ((x = 0) -+-> (x = 1))
Angle == <<Next>>_vars
Lam == F(LAMBDA u, v : u + v, 1)
Lab == lab(q) :: \A q2 \in Proc : q2 = q
Chain == (1 :> 2) @@ (3 :> 4)
Seqs == <<1>> \o <<2>> \circ Tail(<<3, 4>>)

I == INSTANCE Naturals
LOCAL INSTANCE TLC
----------------------------------------------------------------------------
---- MODULE Inner ----
Hidden == TRUE
====
ASSUME NAssumption == N \in Nat
THEOREM Typing == Spec => []TRUE
<1>1. Init => TRUE
  BY DEF Init
<1>2. ASSUME NEW p \in Proc PROVE TRUE
  <2>1. CASE x = 0
        OBVIOUS
  <2> QED BY <2>1
<1> QED BY <1>1, <1>2 DEF Spec
=============================================================================
Text after the end is ignored too: ( " *)

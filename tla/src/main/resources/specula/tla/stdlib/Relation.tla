------------------------------ MODULE Relation ------------------------------
(***************************************************************************)
(* Binary relations over a set S, represented as Boolean functions R with  *)
(* R[x, y] meaning "x is related to y".                                    *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

IsReflexive(R, S) == \A x \in S : R[x, x]

IsIrreflexive(R, S) == \A x \in S : ~ R[x, x]

IsSymmetric(R, S) == \A x, y \in S : R[x, y] <=> R[y, x]

IsAsymmetric(R, S) == \A x, y \in S : ~ (R[x, y] /\ R[y, x])

IsTransitive(R, S) == \A x, y, z \in S : (R[x, y] /\ R[y, z]) => R[x, z]

\* Warshall's algorithm: paths through intermediate nodes in Mid.
TransitiveClosure(R, S) ==
  LET reach[Mid \in SUBSET S] ==
        IF Mid = {} THEN [x, y \in S |-> R[x, y]]
        ELSE LET m == CHOOSE z \in Mid : TRUE
                 prev == reach[Mid \ {m}]
             IN  [x, y \in S |-> prev[x, y] \/ (prev[x, m] /\ prev[m, y])]
  IN  reach[S]

ReflexiveTransitiveClosure(R, S) ==
  LET tc == TransitiveClosure(R, S)
  IN  [x, y \in S |-> x = y \/ tc[x, y]]

=============================================================================

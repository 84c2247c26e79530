------------------------------ MODULE BagsExt ------------------------------
(***************************************************************************)
(* More operators on bags (see the standard module Bags).                  *)
(***************************************************************************)
LOCAL INSTANCE Bags
LOCAL INSTANCE Integers
LOCAL INSTANCE Folds

\* B with one more copy of x; same as B (+) SetToBag({x}).
BagAdd(B, x) ==
  [e \in (DOMAIN B) \cup {x} |->
     IF e = x THEN (IF x \in DOMAIN B THEN B[x] + 1 ELSE 1) ELSE B[e]]

\* B with one copy of x less; same as B (-) SetToBag({x}).
BagRemove(B, x) ==
  IF x \notin DOMAIN B THEN B
  ELSE IF B[x] = 1 THEN [e \in (DOMAIN B) \ {x} |-> B[e]]
  ELSE [B EXCEPT ![x] = @ - 1]

\* B without any copy of x.
BagRemoveAll(B, x) == [e \in (DOMAIN B) \ {x} |-> B[e]]

\* Folds op over f(x) for every copy of every element x of B, starting from
\* base; choose orders the distinct elements, whose copies are consecutive.
MapThenFoldBag(op(_, _), base, f(_), choose(_), B) ==
  LET copies(x) ==
        LET rep[n \in Nat \ {0}] ==
              op(IF n = 1 THEN base ELSE rep[n - 1], f(x))
        IN  rep[B[x]]
  IN  MapThenFoldSet(op, base, copies, choose, DOMAIN B)

\* Folds op over all elements of B (with multiplicity), starting from base.
FoldBag(op(_, _), base, B) ==
  MapThenFoldBag(op, base, LAMBDA x : x, LAMBDA D : CHOOSE x \in D : TRUE, B)

SumBag(B) == FoldBag(LAMBDA x, y : x + y, 0, B)

ProductBag(B) == FoldBag(LAMBDA x, y : x * y, 1, B)

=============================================================================

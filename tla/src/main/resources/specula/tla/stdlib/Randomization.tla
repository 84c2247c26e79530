--------------------------- MODULE Randomization ---------------------------
(***************************************************************************)
(* Pseudo-random choice of subsets (TLC implements these natively, seeded *)
(* by the current state in breadth-first search).                          *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE FiniteSets

\* A subset of S with k elements.
RandomSubset(k, S) == CHOOSE T \in SUBSET S : Cardinality(T) = k

\* A set of at most k subsets of S, each containing every element of S
\* with probability n / Cardinality(S).
RandomSetOfSubsets(k, n, S) ==
  CHOOSE T \in SUBSET SUBSET S : Cardinality(T) \leq k

\* Cardinalities of five draws of RandomSetOfSubsets(k, n, S).
TestRandomSetOfSubsets(k, n, S) ==
  [i \in 1 .. 5 |-> Cardinality(RandomSetOfSubsets(k, n, S))]

=============================================================================

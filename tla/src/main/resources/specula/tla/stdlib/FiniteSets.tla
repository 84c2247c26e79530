----------------------------- MODULE FiniteSets -----------------------------
(***************************************************************************)
(* Finiteness and cardinality of sets.                                     *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences

\* A set is finite iff some sequence lists (at least) all of its elements.
IsFiniteSet(S) ==
  \E enum \in Seq(S) : \A x \in S : \E k \in 1 .. Len(enum) : enum[k] = x

Cardinality(S) ==
  LET count[T \in SUBSET S] ==
        IF T = {} THEN 0
        ELSE 1 + count[T \ {CHOOSE x \in T : TRUE}]
  IN  count[S]

=============================================================================

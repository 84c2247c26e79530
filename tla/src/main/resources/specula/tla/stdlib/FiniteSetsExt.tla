---------------------------- MODULE FiniteSetsExt ----------------------------
(***************************************************************************)
(* Folds, sums, extremes and combinatorics on finite sets.  As in the      *)
(* community module, the imported modules are EXTENDed (not LOCAL) so that *)
(* TLAPS can use them; their names are therefore exported too.             *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Folds, Functions

\* Combines the elements of set with op, starting from base, in an
\* unspecified order (op should be associative and commutative).
FoldSet(op(_, _), base, set) ==
  MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE x \in T : TRUE, set)

SumSet(set) == FoldSet(LAMBDA x, y : x + y, 0, set)

ProductSet(set) == FoldSet(LAMBDA x, y : x * y, 1, set)

\* FoldSet with the older argument order.
ReduceSet(op(_, _), set, acc) == FoldSet(op, acc, set)

\* The sum of proj(x) over the elements x of set.
MapThenSumSet(proj(_), set) ==
  MapThenFoldSet(LAMBDA x, y : x + y, 0, proj,
                 LAMBDA T : CHOOSE x \in T : TRUE, set)

\* The union of a set of sets (kept for compatibility; same as UNION).
FlattenSet(S) == UNION S

\* Elements in exactly one of A and B.
SymDiff(A, B) == (A \ B) \cup (B \ A)

\* The number of elements of S satisfying P.
Quantify(S, P(_)) == Cardinality({ x \in S : P(x) })

\* The subsets of S with exactly k elements.
kSubset(k, S) == { T \in SUBSET S : Cardinality(T) = k }

\* Greatest and least element of a finite non-empty set of numbers.
Max(S) == CHOOSE x \in S : \A y \in S : y \leq x
Min(S) == CHOOSE x \in S : \A y \in S : x \leq y

\* The sets obtained by picking one element out of each set in Sets.
Choices(Sets) ==
  LET pickers == { f \in [Sets -> UNION Sets] : \A T \in Sets : f[T] \in T }
  IN  { Range(f) : f \in pickers }

\* The only element of S satisfying P (undefined if there is not exactly one).
ChooseUnique(S, P(_)) ==
  CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x

=============================================================================

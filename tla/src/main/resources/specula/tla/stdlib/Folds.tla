------------------------------- MODULE Folds -------------------------------
(***************************************************************************)
(* The general fold over a set that FoldSet, FoldFunction, FoldSeq and     *)
(* their relatives specialise.                                             *)
(***************************************************************************)

\* Starting from base, combines f(x) for every x \in S with op, taking the
\* elements in the order given by choose (which picks one element of a
\* non-empty set).  The result is op(f(x1), op(f(x2), ... op(f(xn), base)))
\* where x1 = choose(S), x2 = choose(S \ {x1}), and so on.  Unless choose
\* fixes the order, op should be associative and commutative.
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
  LET fold[T \in SUBSET S] ==
        IF T = {} THEN base
        ELSE LET x == choose(T)
             IN  op(f(x), fold[T \ {x}])
  IN  fold[S]

=============================================================================

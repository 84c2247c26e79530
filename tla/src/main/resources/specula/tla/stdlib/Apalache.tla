------------------------------- MODULE Apalache -------------------------------
(***************************************************************************)
(* Operators of the Apalache symbolic model checker.  Most are hints or    *)
(* annotations; the bodies give their meaning for TLC (Apalache encodes    *)
(* them differently).                                                      *)
(***************************************************************************)

\* Assignment of e to the (primed) variable x; logically x = e.
__x := __e == __x = __e

\* A data structure of the inferred type, of size at most __size (Apalache
\* generates it symbolically; no TLC meaning).
Gen(__size) == {}

\* Some element of __S (non-deterministic in Apalache).
Guess(__S) == CHOOSE __x \in __S : TRUE

\* The function defined by a set of pairs (CHOOSE resolves conflicts).
SetAsFun(__S) ==
  LET __Dom == { __p[1] : __p \in __S }
  IN  [__x \in __Dom |-> CHOOSE __y \in { __q[2] : __q \in __S } : <<__x, __y>> \in __S]

LOCAL INSTANCE Integers

\* The sequence << __F(1), ..., __F(__N) >>.
MkSeq(__N, __F(_)) == [__i \in 1 .. __N |-> __F(__i)]

LOCAL INSTANCE Sequences

\* The function __fn over 1..__len read as a sequence; __capacity bounds __len.
FunAsSeq(__fn, __len, __capacity) ==
  LET __elem(__i) == __fn[__i]
  IN  SubSeq(MkSeq(__capacity, __elem), 1, __len)

\* Marks an existential as replaceable by a fresh constant.
Skolem(__e) == __e

\* Asks for __S to be expanded explicitly.
Expand(__S) == __S

\* Marks a cardinality constraint over a constant bound.
ConstCardinality(__cardExpr) == __cardExpr

\* __Op(...__Op(__Op(__v, x1), x2)..., xn) over the elements of __S.
RECURSIVE ApaFoldSet(_, _, _)
ApaFoldSet(__Op(_, _), __v, __S) ==
  IF __S = {} THEN __v
  ELSE LET __w == CHOOSE __x \in __S : TRUE
       IN  ApaFoldSet(__Op, __Op(__v, __w), __S \ {__w})

\* __Op(...__Op(__Op(__v, s[1]), s[2])..., s[n]).
RECURSIVE ApaFoldSeqLeft(_, _, _)
ApaFoldSeqLeft(__Op(_, _), __v, __seq) ==
  IF __seq = << >> THEN __v
  ELSE ApaFoldSeqLeft(__Op, __Op(__v, Head(__seq)), Tail(__seq))

\* __F(...__F(__F(__x, 1), 2)..., __N).
RECURSIVE Repeat(_, _, _)
Repeat(__F(_, _), __N, __x) ==
  IF __N <= 0 THEN __x ELSE __F(Repeat(__F, __N - 1, __x), __N)

===============================================================================

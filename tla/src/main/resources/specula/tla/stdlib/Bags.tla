------------------------------- MODULE Bags --------------------------------
(***************************************************************************)
(* Bags (multisets) represented as functions from their elements to       *)
(* positive multiplicities.                                                *)
(***************************************************************************)
LOCAL INSTANCE Naturals

IsABag(B) == B \in [DOMAIN B -> { n \in Nat : n > 0 }]

BagToSet(B) == DOMAIN B

SetToBag(S) == [x \in S |-> 1]

BagIn(e, B) == e \in BagToSet(B)

EmptyBag == SetToBag({})

CopiesIn(e, B) == IF BagIn(e, B) THEN B[e] ELSE 0

B1 (+) B2 ==
  [x \in (DOMAIN B1) \cup (DOMAIN B2) |-> CopiesIn(x, B1) + CopiesIn(x, B2)]

B1 (-) B2 ==
  LET remaining == { x \in DOMAIN B1 : CopiesIn(x, B1) > CopiesIn(x, B2) }
  IN  [x \in remaining |-> B1[x] - CopiesIn(x, B2)]

BagUnion(S) ==
  LET elems == UNION { DOMAIN B : B \in S }
      total(x) ==
        LET sum[T \in SUBSET S] ==
              IF T = {} THEN 0
              ELSE LET B == CHOOSE b \in T : TRUE
                   IN  CopiesIn(x, B) + sum[T \ {B}]
        IN  sum[S]
  IN  [x \in elems |-> total(x)]

B1 \sqsubseteq B2 ==
  /\ (DOMAIN B1) \subseteq (DOMAIN B2)
  /\ \A x \in DOMAIN B1 : B1[x] \leq B2[x]

SubBag(B) ==
  LET smaller == UNION { [D -> Nat \ {0}] : D \in SUBSET DOMAIN B }
  IN  { A \in smaller : A \sqsubseteq B }

\* The bag of F(x) for the elements x of B, with multiplicities added up.
BagOfAll(F(_), B) ==
  LET images == { F(x) : x \in DOMAIN B }
      copies(y) ==
        LET sources == { x \in DOMAIN B : F(x) = y }
            sum[T \in SUBSET sources] ==
              IF T = {} THEN 0
              ELSE LET x == CHOOSE z \in T : TRUE IN B[x] + sum[T \ {x}]
        IN  sum[sources]
  IN  [y \in images |-> copies(y)]

\* The number of elements of B, counted with multiplicity.
BagCardinality(B) ==
  LET sum[T \in SUBSET DOMAIN B] ==
        IF T = {} THEN 0
        ELSE LET x == CHOOSE z \in T : TRUE IN B[x] + sum[T \ {x}]
  IN  sum[DOMAIN B]

=============================================================================

-------------------------------- MODULE TLC --------------------------------
(***************************************************************************)
(* Operators of the TLC model checker.  Most have side effects or depend   *)
(* on the checker's state, so the engine implements all of them natively; *)
(* the bodies state their logical value (what TLAPS would see).            *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

\* Prints out and val; equals val.
Print(out, val) == val

\* Prints out; equals TRUE.
PrintT(out) == TRUE

\* TRUE if val is TRUE; otherwise reports out as an error.
Assert(val, out) == IF val = TRUE THEN TRUE ELSE CHOOSE failed : TRUE

\* Wall-clock seconds since the epoch.
JavaTime == CHOOSE seconds \in Nat : TRUE

\* Checker statistics and registers; TLCSet writes register i.
TLCGet(i) == CHOOSE value : TRUE
TLCSet(i, v) == TRUE

\* The function with domain {d} mapping d to e.
d :> e == [x \in {d} |-> e]

\* Merge of two functions, f taking precedence on the common domain.
f @@ g ==
  [x \in (DOMAIN f) \cup (DOMAIN g) |-> IF x \in DOMAIN f THEN f[x] ELSE g[x]]

\* The set of permutations (bijections) of S.
Permutations(S) == { p \in [S -> S] : \A y \in S : \E x \in S : p[x] = y }

\* s sorted according to the ordering Op.
SortSeq(s, Op(_, _)) ==
  LET n == Len(s)
      ordered(p) == \A i, j \in 1 .. n :
                       i < j => (Op(s[p[i]], s[p[j]]) \/ s[p[i]] = s[p[j]])
      perm == CHOOSE p \in Permutations(1 .. n) : ordered(p)
  IN  [i \in 1 .. n |-> s[perm[i]]]

\* Some element of the set S (pseudo-randomly chosen by TLC).
RandomElement(S) == CHOOSE x \in S : TRUE

\* A value that TLC treats as a member of every set.
Any == CHOOSE any : TRUE

\* The TLA+ text of v as a string.
ToString(v) == (CHOOSE r \in [value : {v}, text : STRING] : TRUE).text

\* Forces eager evaluation of v; logically v itself.
TLCEval(v) == v

=============================================================================

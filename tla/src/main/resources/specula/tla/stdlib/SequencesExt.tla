---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* Additional operators on finite sequences.  As in the community module,  *)
(* the imported modules are EXTENDed rather than LOCAL INSTANCEd (TLAPS    *)
(* needs that), so their names are exported as well.                       *)
(***************************************************************************)
EXTENDS Sequences, Naturals, FiniteSets, FiniteSetsExt, Folds, Functions,
        Bags, TLC

\* The set of the elements of s.
ToSet(s) == { s[i] : i \in DOMAIN s }

\* The bag of the elements of s, counting repetitions.
ToBag(s) == [x \in ToSet(s) |-> Cardinality({ i \in DOMAIN s : s[i] = x })]

\* Some sequence listing each element of the finite set S exactly once.
SetToSeq(S) == CHOOSE f \in [1 .. Cardinality(S) -> S] : IsInjective(f)

\* All sequences listing each element of the finite set S exactly once.
SetToSeqs(S) ==
  { f \in [1 .. Cardinality(S) -> S] : IsInjective(f) }

\* The elements of S as a sequence sorted by op.
SetToSortSeq(S, op(_, _)) == SortSeq(SetToSeq(S), op)

\* All sequences without repetition whose elements are in S.
SetToAllKPermutations(S) == UNION { SetToSeqs(T) : T \in SUBSET S }

\* The sequences of length n over set (set \X ... \X set as sequences).
TupleOf(set, n) == [1 .. n -> set]

\* The sequences over set of length at most n.
SeqOf(set, n) == UNION { [1 .. m -> set] : m \in 0 .. n }

BoundedSeq(S, n) == SeqOf(S, n)

-----------------------------------------------------------------------------

\* TRUE iff e occurs in s.
Contains(s, e) == \E i \in 1 .. Len(s) : s[i] = e

\* TRUE iff op(s[i], s[j]) for all positions i < j.
IsSorted(s, op(_, _)) == \A i, j \in 1 .. Len(s) : i < j => op(s[i], s[j])

Reverse(s) == [i \in 1 .. Len(s) |-> s[Len(s) + 1 - i]]

\* s without any occurrence of e.
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

\* s with every occurrence of old replaced by new.
ReplaceAll(s, old, new) == [i \in 1 .. Len(s) |-> IF s[i] = old THEN new ELSE s[i]]

-----------------------------------------------------------------------------

\* Index of the first element satisfying Test, or 0 if there is none.
SelectInSeq(seq, Test(_)) ==
  LET hits == { i \in 1 .. Len(seq) : Test(seq[i]) }
  IN  IF hits = {} THEN 0 ELSE Min(hits)

SelectInSubSeq(seq, from, to, Test(_)) ==
  SelectInSeq(SubSeq(seq, from, to), Test)

\* Index of the last element satisfying Test, or 0 if there is none.
SelectLastInSeq(seq, Test(_)) ==
  LET hits == { i \in 1 .. Len(seq) : Test(seq[i]) }
  IN  IF hits = {} THEN 0 ELSE Max(hits)

SelectLastInSubSeq(seq, from, to, Test(_)) ==
  SelectLastInSeq(SubSeq(seq, from, to), Test)

-----------------------------------------------------------------------------

\* s with e inserted at position i (later elements move up by one).
InsertAt(s, i, e) == SubSeq(s, 1, i - 1) \o << e >> \o SubSeq(s, i, Len(s))

\* s with its i-th element replaced by e.
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]

\* s without its i-th element.
RemoveAt(s, i) == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

\* s without the first occurrence of e.
RemoveFirst(s, e) ==
  IF Contains(s, e) THEN RemoveAt(s, SelectInSeq(s, LAMBDA x : x = e)) ELSE s

\* s without the first element satisfying Test.
RemoveFirstMatch(s, Test(_)) ==
  IF \E i \in 1 .. Len(s) : Test(s[i])
  THEN RemoveAt(s, SelectInSeq(s, Test))
  ELSE s

-----------------------------------------------------------------------------

Cons(elt, seq) == << elt >> \o seq

\* Append with swapped arguments (handy as the operator of a fold).
Snoc(elt, seq) == Append(seq, elt)

\* s without its last element.
Front(s) == SubSeq(s, 1, Len(s) - 1)

Last(s) == s[Len(s)]

-----------------------------------------------------------------------------

IsPrefix(s, t) == Len(s) \leq Len(t) /\ s = SubSeq(t, 1, Len(s))

IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t

IsSuffix(s, t) == IsPrefix(Reverse(s), Reverse(t))

IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t

\* All prefixes of s, including << >> and s.
Prefixes(s) == { SubSeq(s, 1, n) : n \in 0 .. Len(s) }

\* The sequences that are prefixes of every sequence in S.
CommonPrefixes(S) ==
  { p \in UNION { Prefixes(s) : s \in S } : \A t \in S : IsPrefix(p, t) }

LongestCommonPrefix(S) ==
  CHOOSE p \in CommonPrefixes(S) :
    \A q \in CommonPrefixes(S) : Len(q) \leq Len(p)

\* All suffixes of s, including << >> and s.
Suffixes(s) == { SubSeq(s, n, Len(s)) : n \in 1 .. Len(s) } \cup { << >> }

-----------------------------------------------------------------------------

\* a % b mapped into 1..b (sequence indices) instead of 0..b-1.
SeqMod(a, b) == IF a % b = 0 THEN b ELSE a % b

\* Combines the elements of seq with op in an unspecified order.
FoldSeq(op(_, _), base, seq) == FoldFunction(op, base, seq)

\* op(...op(op(base, seq[1]), seq[2])..., seq[n]).
FoldLeft(op(_, _), base, seq) ==
  MapThenFoldSet(LAMBDA x, acc : op(acc, x), base, LAMBDA i : seq[i],
                 LAMBDA D : Max(D), DOMAIN seq)

\* op(seq[1], op(seq[2], ... op(seq[n], base)...)).
FoldRight(op(_, _), seq, base) ==
  MapThenFoldSet(op, base, LAMBDA i : seq[i], LAMBDA D : Min(D), DOMAIN seq)

\* FoldLeft over the indices of seq.
FoldLeftDomain(op(_, _), base, seq) ==
  FoldLeft(op, base, [i \in DOMAIN seq |-> i])

\* FoldRight over the indices of seq.
FoldRightDomain(op(_, _), seq, base) ==
  FoldRight(op, [i \in DOMAIN seq |-> i], base)

-----------------------------------------------------------------------------

\* The concatenation of the sequences in seqs (also works for strings).
FlattenSeq(seqs) ==
  IF Len(seqs) = 0 THEN seqs
  ELSE LET upTo[n \in 1 .. Len(seqs)] ==
             IF n = 1 THEN seqs[1] ELSE upTo[n - 1] \o seqs[n]
       IN  upTo[Len(seqs)]

\* Pairs of corresponding elements, as long as the shorter argument.
Zip(s, t) ==
  LET n == IF Len(s) \leq Len(t) THEN Len(s) ELSE Len(t)
  IN  [i \in 1 .. n |-> << s[i], t[i] >>]

\* << <<s[1]>>, <<t[1]>>, <<s[2]>>, <<t[2]>>, ... >>; s and t of equal length.
Interleave(s, t) ==
  CASE Len(s) = Len(t) ->
         [i \in 1 .. 2 * Len(s) |->
            IF i % 2 = 1 THEN << s[(i + 1) \div 2] >> ELSE << t[i \div 2] >>]

\* The contiguous subsequences of s (<< >> included).
SubSeqs(s) == { SubSeq(s, i + 1, j) : i, j \in 0 .. Len(s) }

\* All subsequences of s, contiguous or not.
AllSubSeqs(s) ==
  { FoldFunction(Snoc, << >>, [i \in D |-> s[i]]) : D \in SUBSET DOMAIN s }

\* The first position at which s occurs as a contiguous subsequence of t.
IndexFirstSubSeq(s, t) ==
  LET end == CHOOSE i \in 0 .. Len(t) :
               /\ s \in SubSeqs(SubSeq(t, 1, i))
               /\ \A j \in 0 .. i - 1 : s \notin SubSeqs(SubSeq(t, 1, j))
  IN  end - (Len(s) - 1)

\* t with the occurrence of s at position i replaced by r.
ReplaceSubSeqAt(i, r, s, t) ==
  SubSeq(t, 1, i - 1) \o r \o SubSeq(t, i + Len(s), Len(t))

\* t with the first occurrence of s replaced by r.
ReplaceFirstSubSeq(r, s, t) ==
  IF s \in SubSeqs(t) THEN ReplaceSubSeqAt(IndexFirstSubSeq(s, t), r, s, t)
  ELSE t

\* t with all (leftmost, non-overlapping) occurrences of s replaced by r.
ReplaceAllSubSeqs(r, s, t) ==
  LET replaceFrom[i \in 1 .. Len(t) + 1] ==
        IF i > Len(t) THEN << >>
        ELSE IF Len(s) > 0 /\ i + Len(s) - 1 \leq Len(t)
                           /\ SubSeq(t, i, i + Len(s) - 1) = s
             THEN r \o (IF i + Len(s) > Len(t) THEN << >>
                        ELSE replaceFrom[i + Len(s)])
             ELSE << t[i] >> \o replaceFrom[i + 1]
  IN  CASE s = t -> r
        [] Len(s) = 0 ->
             \* r is inserted before every element of t.
             FlattenSeq([i \in 1 .. Len(t) |-> r \o << t[i] >>])
        [] OTHER -> replaceFrom[1]

=============================================================================

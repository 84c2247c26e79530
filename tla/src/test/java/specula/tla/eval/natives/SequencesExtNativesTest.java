package specula.tla.eval.natives;

import org.junit.jupiter.api.Test;

/** Each SequencesExt native against the library's definition, over small sequences. */
class SequencesExtNativesTest {
  private static final String SEQS = "LET Ss == {<<>>, <<1>>, <<2, 1>>, <<1, 2, 1>>, <<3, 3, 2>>, <<1, 2>>} IN ";
  private static final String M = "SequencesExt";
  private final NativeCheck c = new NativeCheck("SequencesExt, Naturals");

  @Test
  void setsToSequences() {
    c.agree(M, "SetToSeq", "[S \\in SUBSET {1, 2, 3} |-> SetToSeq(S)]");
    c.agree(M, "SetToSeq", "SetToSeq({\"b\", \"a\", \"c\"})");
    c.agree(M, "SetToSortSeq", "[S \\in SUBSET {1, 2, 3} |-> SetToSortSeq(S, LAMBDA x, y : x > y)]");
    c.bothFail(M, "SetToSeq", "SetToSeq(Nat)");
  }

  @Test
  void elementwise() {
    c.agree(M, "Reverse", SEQS + "[s \\in Ss |-> Reverse(s)]");
    c.agree(M, "Remove", SEQS + "[p \\in Ss \\X (0..3) |-> Remove(p[1], p[2])]");
    c.agree(M, "ReplaceAll", SEQS + "[p \\in Ss \\X (0..3) |-> ReplaceAll(p[1], p[2], 9)]");
    c.agree(M, "Contains", SEQS + "[p \\in Ss \\X (0..3) |-> Contains(p[1], p[2])]");
    c.agree(M, "Cons", SEQS + "[p \\in Ss \\X (0..3) |-> Cons(p[2], p[1])]");
    c.bothFail(M, "Reverse", "Reverse(3)");
  }

  @Test
  void positions() {
    c.agree(M, "InsertAt", SEQS + "[s \\in Ss |-> [i \\in 1..Len(s) + 1 |-> InsertAt(s, i, 9)]]");
    c.agree(M, "RemoveAt", SEQS + "[s \\in Ss |-> [i \\in 0..Len(s) + 1 |-> RemoveAt(s, i)]]");
    c.agree(M, "Front", SEQS + "[s \\in Ss |-> Front(s)]"); // Front(<<>>) is SubSeq(<<>>, 1, -1) = <<>>
    c.agree(M, "Last", SEQS + "[s \\in Ss \\ {<<>>} |-> Last(s)]");
    c.bothFail(M, "InsertAt", "InsertAt(<<1>>, 3, 9)");
    c.bothFail(M, "InsertAt", "InsertAt(<<1>>, 0, 9)");
    c.bothFail(M, "RemoveAt", "RemoveAt(<<1, 2>>, 4)");
    c.bothFail(M, "Last", "Last(<<>>)");
  }

  @Test
  void prefixesAndSuffixes() {
    c.agree(M, "IsPrefix", SEQS + "[p \\in Ss \\X Ss |-> IsPrefix(p[1], p[2])]");
    c.agree(M, "IsSuffix", SEQS + "[p \\in Ss \\X Ss |-> IsSuffix(p[1], p[2])]");
    c.agree(M, "IsStrictPrefix", SEQS + "[p \\in Ss \\X Ss |-> IsStrictPrefix(p[1], p[2])]");
    c.agree(M, "IsStrictSuffix", SEQS + "[p \\in Ss \\X Ss |-> IsStrictSuffix(p[1], p[2])]");
  }

  @Test
  void combining() {
    c.agree(M, "FlattenSeq", "FlattenSeq(<<<<1>>, <<>>, <<2, 3>>>>)");
    c.agree(M, "FlattenSeq", "FlattenSeq(<<>>)");
    c.agree(M, "Zip", SEQS + "[p \\in Ss \\X Ss |-> Zip(p[1], p[2])]");
  }

  @Test
  void searching() {
    c.agree(M, "SelectInSeq", SEQS + "[s \\in Ss |-> [k \\in 0..3 |-> SelectInSeq(s, LAMBDA x : x >= k)]]");
    c.agree(M, "SelectLastInSeq", SEQS + "[s \\in Ss |-> [k \\in 0..3 |-> SelectLastInSeq(s, LAMBDA x : x <= k)]]");
    c.agree(M, "RemoveFirst", SEQS + "[p \\in Ss \\X (0..3) |-> RemoveFirst(p[1], p[2])]");
    c.agree(M, "RemoveFirstMatch", SEQS + "[p \\in Ss \\X (0..3) |-> RemoveFirstMatch(p[1], LAMBDA x : x > p[2])]");
    c.agree(M, "ToBag", SEQS + "[s \\in Ss |-> ToBag(s)]");
    c.bothFail(M, "SelectInSeq", "SelectInSeq(<<1, 2>>, LAMBDA x : x)");
  }

  /** Pairs keep the order in which the operator is applied. */
  @Test
  void folds() {
    c.agree(M, "FoldLeft", SEQS + "[s \\in Ss |-> FoldLeft(LAMBDA a, b : <<a, b>>, 0, s)]");
    c.agree(M, "FoldRight", SEQS + "[s \\in Ss |-> FoldRight(LAMBDA a, b : <<a, b>>, s, 0)]");
    c.agree(M, "FoldSeq", SEQS + "[s \\in Ss |-> FoldSeq(LAMBDA a, b : <<a, b>>, 0, s)]");
  }
}

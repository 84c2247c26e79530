package specula.tla.eval.natives;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each Bags/BagsExt native against the library's definition, over a set of small bags. */
class BagsNativesTest {
  private static final String BAGS = "LET Bs == {<<>>, <<1>>, <<2, 1>>, (3 :> 2), (1 :> 1 @@ 3 :> 4)} IN ";
  private final NativeCheck c = new NativeCheck("Bags, BagsExt, Naturals, TLC");

  @Test
  void setsAndBags() {
    c.agree("Bags", "SetToBag", "[S \\in SUBSET {1, 2, 3} |-> SetToBag(S)]");
    c.agree("Bags", "EmptyBag", "EmptyBag");
    c.agree("Bags", "BagToSet", BAGS + "[b \\in Bs |-> BagToSet(b)]");
    c.agree("Bags", "IsABag", BAGS + "[b \\in Bs \\cup {<<0>>, <<-1, 2>>, (2 :> 0)} |-> IsABag(b)]");
    c.bothFail("Bags", "IsABag", "IsABag(<<\"a\">>)");
    c.bothFail("Bags", "BagToSet", "BagToSet(3)");
  }

  @Test
  void countsAndMembership() {
    c.agree("Bags", "BagIn", BAGS + "[p \\in (0..4) \\X Bs |-> BagIn(p[1], p[2])]");
    c.agree("Bags", "CopiesIn", BAGS + "[p \\in (0..4) \\X Bs |-> CopiesIn(p[1], p[2])]");
    c.agree("Bags", "BagCardinality", BAGS + "[b \\in Bs |-> BagCardinality(b)]");
    c.bothFail("Bags", "CopiesIn", "CopiesIn(1, 3)");
    c.bothFail("Bags", "BagCardinality", "BagCardinality(<<\"a\">>)");
  }

  @Test
  void sumDifferenceAndInclusion() {
    c.agree("Bags", "(+)", BAGS + "[p \\in Bs \\X Bs |-> p[1] (+) p[2]]");
    c.agree("Bags", "(-)", BAGS + "[p \\in Bs \\X Bs |-> p[1] (-) p[2]]");
    c.agree("Bags", "\\sqsubseteq", BAGS + "[p \\in Bs \\X Bs |-> p[1] \\sqsubseteq p[2]]");
    c.agree("Bags", "BagUnion", BAGS + "[S \\in SUBSET Bs |-> BagUnion(S)]");
    c.bothFail("Bags", "(+)", "<<\"a\">> (+) <<1>>");
  }

  @Test
  void bagOfAllSumsTheCopiesOfEqualImages() {
    c.agree("Bags", "BagOfAll", BAGS + "[b \\in Bs |-> BagOfAll(LAMBDA x : x % 2, b)]");
    c.agree("Bags", "BagOfAll", BAGS + "[b \\in Bs |-> BagOfAll(LAMBDA x : x, b)]");
  }

  /** The definition ranges over the infinite [D -> Nat \ {0}]; compare with the same set over bounded counts. */
  @Test
  void subBagIsEveryBagBelow() {
    String expected = BAGS + "[b \\in Bs |-> {A \\in UNION {[D -> 1..4] : D \\in SUBSET DOMAIN b} : "
        + "\\A x \\in DOMAIN A : A[x] <= b[x]}]";
    assertEquals(c.eval(expected), c.eval(BAGS + "[b \\in Bs |-> SubBag(b)]"));
  }

  @Test
  void bagsExt() {
    c.agree("BagsExt", "BagAdd", BAGS + "[p \\in Bs \\X (0..4) |-> BagAdd(p[1], p[2])]");
    c.agree("BagsExt", "BagRemove", BAGS + "[p \\in Bs \\X (0..4) |-> BagRemove(p[1], p[2])]");
    c.agree("BagsExt", "BagRemoveAll", BAGS + "[p \\in Bs \\X (0..4) |-> BagRemoveAll(p[1], p[2])]");
  }
}

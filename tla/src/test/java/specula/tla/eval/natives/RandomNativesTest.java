package specula.tla.eval.natives;

import org.junit.jupiter.api.Test;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.ModelValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Randomization's texts are placeholders (a CHOOSE), so the natives are checked against the sets the placeholders
 * describe, and against the definition where it fails.
 */
class RandomNativesTest {
  private final NativeCheck c = new NativeCheck("Randomization, TLCExt, FiniteSets, Integers");

  @Test
  void randomSubsetHasTheRequestedSize() {
    assertEquals(BoolValue.TRUE, c.eval("\\A k \\in 0..4 : \\A i \\in 1..20 : "
        + "LET T == RandomSubset(k, {1, 2, 3, 4}) IN T \\subseteq {1, 2, 3, 4} /\\ Cardinality(T) = k"));
    c.bothFail("Randomization", "RandomSubset", "RandomSubset(5, {1, 2, 3, 4})");
  }

  @Test
  void randomSubsetDrawsDifferentSubsets() {
    assertEquals(BoolValue.TRUE, c.eval("Cardinality({RandomSubset(2, 1..6) : i \\in 1..200}) > 1"));
  }

  @Test
  void randomSetOfSubsetsHasAtMostKSubsets() {
    assertEquals(BoolValue.TRUE, c.eval("\\A i \\in 1..20 : LET T == RandomSetOfSubsets(3, 2, 1..5) IN "
        + "T \\subseteq SUBSET (1..5) /\\ Cardinality(T) <= 3"));
    assertEquals(BoolValue.TRUE, c.eval("LET t == TestRandomSetOfSubsets(3, 2, 1..5) IN "
        + "DOMAIN t = 1..5 /\\ \\A i \\in 1..5 : t[i] \\in 0..3"));
    assertEquals(c.eval("{{}}"), c.eval("RandomSetOfSubsets(2, 0, 1..5)"));
  }

  @Test
  void assertEqIsEquality() {
    c.agree("TLCExt", "AssertEq", "[p \\in {1, 2} \\X {1, 2} |-> AssertEq(p[1], p[2])]");
  }

  @Test
  void tlcModelValueNamesAModelValue() {
    assertTrue(c.eval("TLCModelValue(\"m1\")") instanceof ModelValue m && m.name().equals("m1"));
    assertEquals(BoolValue.FALSE, c.eval("TLCModelValue(\"m1\") = TLCModelValue(\"m2\")"));
  }
}

package specula.tla.eval.natives;

import org.junit.jupiter.api.Test;

/** Functions natives against the library's definitions. */
class FunctionsNativesTest {
  private static final String M = "Functions";
  private static final String FNS = "LET Fs == [{1, 2, 3} -> {0, 1}] \\cup {<<>>, <<2, 2>>, (1 :> 5 @@ 3 :> 0)} IN ";
  private final NativeCheck c = new NativeCheck("Functions, Integers");

  @Test
  void restrictions() {
    c.agree(M, "Restrict", FNS + "[f \\in Fs |-> [S \\in SUBSET DOMAIN f |-> Restrict(f, S)]]");
    c.agree(M, "RestrictDomain", FNS + "[f \\in Fs |-> RestrictDomain(f, LAMBDA x : x > 1)]");
    c.agree(M, "RestrictValues", FNS + "[f \\in Fs |-> RestrictValues(f, LAMBDA y : y = 0)]");
    c.agree(M, "IsRestriction", FNS + "[p \\in Fs \\X Fs |-> IsRestriction(p[1], p[2])]");
    c.bothFail(M, "Restrict", "Restrict(<<1>>, {2})");
  }

  @Test
  void pointwiseAndInverses() {
    c.agree(M, "Pointwise", FNS + "[f \\in Fs |-> Pointwise(f, [x \\in 1..3 |-> 10 * x], LAMBDA a, b : a + b)]");
    c.agree(M, "Inverse", FNS + "[f \\in Fs \\ {<<>>} |-> Inverse(f, DOMAIN f, {0, 1, 2})]");
    c.agree(M, "AntiFunction", FNS + "[f \\in Fs |-> AntiFunction(f)]");
    c.bothFail(M, "Inverse", "Inverse(<<1>>, {}, {1})");
  }

  @Test
  void injectivity() {
    c.agree(M, "IsInjective", "[f \\in [1..3 -> 1..3] |-> IsInjective(f)]");
    c.bothFail(M, "IsInjective", "IsInjective(<<1, \"a\">>)");
  }

  @Test
  void functionSets() {
    String sets = "LET Xs == SUBSET {1, 2, 3} IN ";
    c.agree(M, "Injection", sets + "[p \\in Xs \\X Xs |-> Injection(p[1], p[2])]");
    c.agree(M, "Surjection", sets + "[p \\in Xs \\X Xs |-> Surjection(p[1], p[2])]");
    c.agree(M, "Bijection", sets + "[p \\in Xs \\X Xs |-> Bijection(p[1], p[2])]");
    c.agree(M, "ExistsInjection", sets + "[p \\in Xs \\X Xs |-> ExistsInjection(p[1], p[2])]");
    c.agree(M, "ExistsSurjection", sets + "[p \\in Xs \\X Xs |-> ExistsSurjection(p[1], p[2])]");
    c.agree(M, "ExistsBijection", sets + "[p \\in Xs \\X Xs |-> ExistsBijection(p[1], p[2])]");
    c.agree(M, "Injection", "Injection({\"a\", \"b\"}, {1, 2, 3})");
  }
}

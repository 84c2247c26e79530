package specula.tla.eval.natives;

import org.junit.jupiter.api.Test;

/** Folds and FiniteSetsExt natives against the library's definitions; pairs expose the folding order. */
class FoldNativesTest {
  private static final String F = "FiniteSetsExt";
  private static final String SETS = "LET Xs == SUBSET {1, 2, 3, 5} IN ";
  private final NativeCheck c = new NativeCheck("FiniteSetsExt, Folds, Functions, Integers");

  @Test
  void mapThenFoldSetFollowsTheChooseOperator() {
    c.agree("Folds", "MapThenFoldSet", SETS + "[S \\in Xs |-> MapThenFoldSet(LAMBDA a, b : <<a, b>>, 0, "
        + "LAMBDA x : 10 * x, LAMBDA T : CHOOSE x \\in T : TRUE, S)]");
    c.agree("Folds", "MapThenFoldSet", SETS + "[S \\in Xs |-> MapThenFoldSet(LAMBDA a, b : <<a, b>>, 0, "
        + "LAMBDA x : x, LAMBDA T : CHOOSE x \\in T : \\A y \\in T : y <= x, S)]");
  }

  @Test
  void setFolds() {
    c.agree(F, "FoldSet", SETS + "[S \\in Xs |-> FoldSet(LAMBDA a, b : <<a, b>>, 0, S)]");
    c.agree(F, "ReduceSet", SETS + "[S \\in Xs |-> ReduceSet(LAMBDA a, b : <<a, b>>, S, 0)]");
    c.agree(F, "ProductSet", SETS + "[S \\in Xs |-> ProductSet(S)]");
    c.agree(F, "MapThenSumSet", SETS + "[S \\in Xs |-> MapThenSumSet(LAMBDA x : x * x - 3, S)]");
    c.bothFail(F, "ProductSet", "ProductSet({\"a\"})");
    c.bothFail(F, "FoldSet", "FoldSet(LAMBDA a, b : a + b, 0, Nat)");
  }

  @Test
  void setOperators() {
    c.agree(F, "SymDiff", "LET Xs == SUBSET {1, 2, 3} IN [p \\in Xs \\X Xs |-> SymDiff(p[1], p[2])]");
    c.agree(F, "Quantify", SETS + "[S \\in Xs |-> Quantify(S, LAMBDA x : x % 2 = 1)]");
    c.agree(F, "kSubset", "[k \\in -1..5 |-> kSubset(k, {1, 2, 3, 4})]");
    c.agree(F, "ChooseUnique", SETS + "[S \\in {T \\in Xs : 2 \\in T} |-> ChooseUnique(S, LAMBDA x : x = 2)]");
    c.bothFail(F, "ChooseUnique", "ChooseUnique({1, 2, 3}, LAMBDA x : x > 1)");
    c.bothFail(F, "ChooseUnique", "ChooseUnique({1, 2, 3}, LAMBDA x : x > 3)");
  }

  @Test
  void functionFolds() {
    String fs = "LET Fs == [{1, 2, 3} -> {\"a\", \"b\"}] \\cup {<<>>, <<7, 8>>} IN ";
    c.agree("Functions", "FoldFunction", fs + "[f \\in Fs |-> FoldFunction(LAMBDA a, b : <<a, b>>, 0, f)]");
    c.agree("Functions", "FoldFunctionOnSet", fs + "[f \\in Fs |-> [S \\in SUBSET DOMAIN f |-> "
        + "FoldFunctionOnSet(LAMBDA a, b : <<a, b>>, 0, f, S)]]");
    c.bothFail("Functions", "FoldFunctionOnSet", "FoldFunctionOnSet(LAMBDA a, b : a + b, 0, <<1>>, {2})");
  }
}

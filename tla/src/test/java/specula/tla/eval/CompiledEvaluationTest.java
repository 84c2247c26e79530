package specula.tla.eval;

import java.util.Map;
import specula.tla.semantic.ModuleSource;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.syntax.ast.Exprs;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expressions evaluated through compiled code (names resolved once per scope, operators chosen once): the cases
 * where compiling could go wrong — bound names reached from nested binders and LET, operator arguments, operators
 * defined in a LET, instances, a redefinition after compiling — and action enumeration through parameters.
 */
class CompiledEvaluationTest {
  private static final String N = """
      ---- MODULE N ----
      EXTENDS Naturals
      CONSTANT c
      Get == c
      Twice(v) == 2 * v
      ====
      """;
  private static final String M = """
      ---- MODULE M ----
      EXTENDS Naturals, Sequences
      VARIABLE x, y
      K == 10
      F(a) == LET G(b) == a * 10 + b IN G(1) + G(2)
      Nested == \\A i \\in 1..3 : \\E j \\in 1..3 : F(i) + j > 20 * i
      Ap(Op(_), v) == Op(v)
      Double(v) == 2 * v
      Lam == <<Ap(LAMBDA z : z + K, 2), Ap(Double, 4)>>
      Infix == LET a (+) b == a * b + K IN 2 (+) 3
      Rec == LET RECURSIVE Fact(_)
                 Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)
             IN Fact(5)
      fib[n \\in 0..10] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]
      Ex == [[r \\in 1..2 |-> <<r, r>>] EXCEPT ![2][1] = @ + K, ![1] = Append(@, 0)]
      Sums == {i + j : i \\in 1..2, j \\in {10, 20}}
      Pick == CHOOSE p \\in 1..10 : p * p > 20
      Filter == {q \\in 1..10 : q % 3 = 0}
      I == INSTANCE N WITH c <- K
      P(k) == INSTANCE N WITH c <- k
      Inst == <<I!Get, I!Twice(4), P(3)!Get, P(4)!Twice(K)>>
      AddK(v) == v + K
      Send(v, w) == w = v + 1
      Init == x = 0 /\\ y = 0
      A == Send(x, x') /\\ UNCHANGED y
      B == \\E d \\in 1..2 : y' = y + d /\\ x' = x
      Next == A \\/ B
      Bad == \\A i \\in 1..2 : LET z == i + "a" IN z > 0
      ====
      """;

  private static Spec load() {
    return SpecLoader.load("M", ModuleSource.workspace(Map.of("M", M, "N", N)), ModelConfig.empty());
  }

  private static String eval(Evaluator ev, Spec spec, String name) {
    Value v = ev.eval(new Exprs.Ident(null, name), spec.root(), Env.EMPTY, Ctx.constant(Services.quiet()));
    return ValuePrinter.DEFAULT.print(v);
  }

  @Test
  void boundNamesOperatorArgumentsAndLetDefinitions() {
    Spec spec = load();
    Evaluator ev = new Evaluator(spec);
    assertEquals("TRUE", eval(ev, spec, "Nested"));
    assertEquals("<<12, 8>>", eval(ev, spec, "Lam"));
    assertEquals("16", eval(ev, spec, "Infix"));
    assertEquals("120", eval(ev, spec, "Rec"));
    assertEquals("<<<<1, 1, 0>>, <<12, 2>>>>", eval(ev, spec, "Ex"));
    assertEquals("{11, 12, 21, 22}", eval(ev, spec, "Sums"));
    assertEquals("5", eval(ev, spec, "Pick"));
    assertEquals("{3, 6, 9}", eval(ev, spec, "Filter"));
    assertEquals("<<10, 8, 3, 20>>", eval(ev, spec, "Inst"));
    // evaluated twice: the second run uses the cached code and must agree
    assertEquals("<<10, 8, 3, 20>>", eval(ev, spec, "Inst"));
    assertEquals("<<12, 8>>", eval(ev, spec, "Lam"));
  }

  @Test
  void errorsKeepTheInnermostLocation() {
    Spec spec = load();
    Evaluator ev = new Evaluator(spec);
    EvalException e = assertThrows(EvalException.class, () -> eval(ev, spec, "Bad"));
    assertTrue(e.getMessage().contains("second argument of +") || e.getMessage().contains("+"), e.getMessage());
    // the location is the sum i + "a" inside the LET, not the quantifier around it
    assertEquals(e.range().line(), e.range().endLine());
    assertTrue(e.range().endColumn() - e.range().column() < 12, EvalException.location(e.range()));
  }

  @Test
  void redefiningANameAfterCompilingIsSeen() {
    Spec spec = load();
    Evaluator ev = new Evaluator(spec);
    Exprs.Apply call = new Exprs.Apply(null, "AddK", List.of(new Exprs.NumberLit(null, "1")));
    Ctx ctx = Ctx.constant(Services.quiet());
    assertEquals(IntValue.of(11), ev.eval(call, spec.root(), Env.EMPTY, ctx));
    spec.root().override("K", new Binding.Const(IntValue.of(41)));
    assertEquals(IntValue.of(42), ev.eval(call, spec.root(), Env.EMPTY, ctx));
  }

  @Test
  void successorsThroughAParameterBoundToAPrimedVariable() {
    Spec spec = load();
    Evaluator ev = new Evaluator(spec);
    ActionEnumerator en = new ActionEnumerator(ev);
    Binding.Def next = (Binding.Def) spec.root().lookup("Next");
    Value[] cur = {IntValue.of(3), IntValue.of(5)};
    for (int round = 0; round < 2; round++) {
      List<String> states = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      en.successors(next.def().body(), spec.root(), Env.EMPTY, cur, 1, Services.quiet(), (s, l) -> {
        states.add(ValuePrinter.DEFAULT.print(s[0]) + "," + ValuePrinter.DEFAULT.print(s[1]));
        labels.add(l == null ? "-" : l.name());
        return true;
      });
      assertEquals(List.of("4,5", "3,6", "3,7"), states, "round " + round);
      assertEquals(List.of("A", "B", "B"), labels, "round " + round);
    }
  }
}

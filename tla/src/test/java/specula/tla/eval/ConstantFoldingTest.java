package specula.tla.eval;

import org.junit.jupiter.api.Test;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.semantic.ModuleSource;
import specula.tla.syntax.ast.Exprs;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Set, tuple and record constructors made only of literals and constants are built once, when compiled. */
class ConstantFoldingTest {
  private static final String M = """
      ---- MODULE M ----
      EXTENDS Naturals
      CONSTANT c
      VARIABLE x
      Labels == {"ncs", "e1", "cs", "e1"}
      Nested == <<{3, 1, 2}, [f |-> {"b", "a"}, g |-> c], TRUE>>
      UsesVar == {x, 1}
      Mixed == {1, "a"}
      ====
      """;

  private static Spec load() {
    return SpecLoader.load("M", ModuleSource.workspace(Map.of("M", M)),
        ModelConfig.empty());
  }

  private static Compiler.Site site(Spec spec) {
    return new Compiler.Site(spec.root(), null, false);
  }

  private static Code compileDef(Evaluator ev, Spec spec, String name) {
    Binding.Def d = (Binding.Def) spec.root().lookup(name);
    return ev.compiler.compile(d.def().body(), site(spec));
  }

  @Test
  void literalConstructorsAreFoldedAndPrintAsBefore() {
    Spec spec = load();
    spec.root().override("c", new Binding.Const(IntValue.of(7)));
    Evaluator ev = new Evaluator(spec);
    Code labels = compileDef(ev, spec, "Labels");
    assertTrue(labels instanceof Compiler.Const);
    assertEquals("{\"cs\", \"e1\", \"ncs\"}", ValuePrinter.DEFAULT.print(labels.eval(Env.EMPTY, null)));
    Code nested = compileDef(ev, spec, "Nested");
    assertTrue(nested instanceof Compiler.Const);
    assertEquals("<<{1, 2, 3}, [f |-> {\"a\", \"b\"}, g |-> 7], TRUE>>",
        ValuePrinter.DEFAULT.print(nested.eval(Env.EMPTY, null)));
  }

  @Test
  void stateDependentAndFailingConstructorsAreNotFolded() {
    Spec spec = load();
    spec.root().override("c", new Binding.Const(IntValue.of(7)));
    Evaluator ev = new Evaluator(spec);
    Code usesVar = compileDef(ev, spec, "UsesVar");
    assertFalse(usesVar instanceof Compiler.Const);
    Ctx ctx = new Ctx(new specula.tla.eval.value.Value[] {IntValue.of(5)}, null, 0, Services.quiet());
    assertEquals("{1, 5}", ValuePrinter.DEFAULT.print(usesVar.eval(Env.EMPTY, ctx)));
    // the error stays an evaluation-time error with the constructor's location
    Code mixed = compileDef(ev, spec, "Mixed");
    assertFalse(mixed instanceof Compiler.Const);
    EvalException e = assertThrows(EvalException.class, () -> mixed.eval(Env.EMPTY, ctx));
    assertTrue(e.range() != null);
    assertTrue(ev.eval(new Exprs.Ident(null, "Labels"), spec.root(), Env.EMPTY, ctx) != null);
  }
}

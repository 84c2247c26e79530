package specula.tla.eval;

import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.Value;
import specula.tla.semantic.ModuleSource;
import specula.tla.syntax.ast.Exprs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a constant expression (or one over a given state) in the context of a spec: what the shell's
 * {@code eval EXPR} needs. The expression is parsed as the body of a definition in a scratch module that EXTENDS
 * the spec's root module, so every name of the spec (and of its EXTENDS) is visible.
 */
public final class ExpressionEvaluator {
  private static final String SCRATCH = "Eval__Scratch";
  private final String root;
  private final ModuleSource source;
  private final ModelConfig config;
  private final Services services;
  private final Natives natives;

  public ExpressionEvaluator(String root, ModuleSource source, ModelConfig config, Services services) {
    this(root, source, config, services, new Natives());
  }

  /** With a given set of natives (tests compare a native with its library definition). */
  public ExpressionEvaluator(String root, ModuleSource source, ModelConfig config, Services services,
                             Natives natives) {
    this.natives = natives;
    this.root = root;
    this.source = source;
    this.config = config;
    this.services = services;
  }

  /** Evaluates {@code expr}; {@code state} maps variable names to values (empty for a constant expression). */
  public Value evaluate(String expr, Map<String, Value> state) {
    String text = "---- MODULE " + SCRATCH + " ----\n" + (root == null ? "" : "EXTENDS " + root + "\n")
        + "Eval__Expr ==\n" + expr + "\n====\n";
    ModuleSource scratch = ModuleSource.of(name -> name.equals(SCRATCH) ? Optional.of(text) : Optional.empty());
    ModuleSource chained = ModuleSource.chain(List.of(scratch, source));
    Spec spec = new SpecLoader(new specula.tla.stdlib.StandardLibrary(), natives).run(SCRATCH, chained, config);
    Value[] cur = new Value[spec.variables().size()];
    for (int i = 0; i < cur.length; i++) {
      cur[i] = state.get(spec.variables().get(i));
    }
    Evaluator ev = new Evaluator(spec);
    return ev.eval(new Exprs.Ident(null, "Eval__Expr"), spec.root(), Env.EMPTY,
        new Ctx(cur, null, 0, services));
  }
}

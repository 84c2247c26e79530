package specula.tla.eval;

import specula.tla.eval.value.Value;

/**
 * The state pair an expression is evaluated in: {@code cur} (unprimed variables) and {@code next} (primed ones,
 * possibly partial while an action is being enumerated; null outside actions), the behaviour depth for
 * {@code TLCGet("level")}, and the run's services.
 */
public final class Ctx {
  public final Value[] cur;
  public final Value[] next;
  public final int level;
  public final Services services;

  public Ctx(Value[] cur, Value[] next, int level, Services services) {
    this.cur = cur;
    this.next = next;
    this.level = level;
    this.services = services;
  }

  public static Ctx constant(Services services) {
    return new Ctx(new Value[0], null, 0, services);
  }

  /** The context where {@code e'} is evaluated as {@code e}. */
  Ctx primed(specula.tla.syntax.ast.Range r) {
    if (next == null) {
      throw new EvalException(EvalException.Kind.EVAL,
          "TLC attempted to evaluate a primed expression in a context that has no next state.", r);
    }
    return new Ctx(next, null, level, services);
  }

  public Ctx withNext(Value[] n) {
    return new Ctx(cur, n, level, services);
  }
}

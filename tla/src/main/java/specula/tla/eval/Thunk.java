package specula.tla.eval;

import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;

/**
 * An operator argument passed unevaluated, as TLA+ substitutes it: needed when the operator primes its parameter
 * ({@code Lose(q) == q' = Tail(q)}) or the argument mentions primed variables. The value is cached for the state
 * it was last evaluated in (priming evaluates it in the next state instead).
 */
public final class Thunk {
  private final Expr expr;
  private final Scope scope;
  private final Env env;
  /** The argument compiled where it was written, or null (then compiled through the scope's cache). */
  private final Code code;
  private Value[] cachedFor;
  private Value cached;

  public Thunk(Expr expr, Scope scope, Env env) {
    this(expr, scope, env, null);
  }

  Thunk(Expr expr, Scope scope, Env env, Code code) {
    this.expr = expr;
    this.scope = scope;
    this.env = env;
    this.code = code;
  }

  public Expr expr() {
    return expr;
  }

  public Scope scope() {
    return scope;
  }

  public Env env() {
    return env;
  }

  Value value(Evaluator ev, Ctx ctx) {
    if (cachedFor == ctx.cur && cached != null && ctx.next == null) {
      return cached;
    }
    Value v = code != null ? code.eval(env, ctx) : ev.eval(expr, scope, env, ctx);
    if (ctx.next == null) {
      cachedFor = ctx.cur;
      cached = v;
    }
    return v;
  }
}

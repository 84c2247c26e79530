package specula.tla.eval;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * Binds the arguments of one call site to a definition's parameters as {@link Calls#bindParams} does, with the
 * per-parameter choice (closure, unevaluated thunk, value) made once: it depends only on the definition and the
 * argument expressions.
 */
final class ParamBinder {
  private static final int VALUE = 0;
  private static final int THUNK = 1;
  private static final int CLOSURE = 2;

  private final Evaluator ev;
  private final Scope scope;
  private final int[] kinds;
  private final String[] names;
  private final Expr[] args;
  private final Code[] codes;

  ParamBinder(Evaluator ev, Unit.OpDef def, List<Expr> args, Code[] codes, Scope scope) {
    this.ev = ev;
    this.scope = scope;
    this.codes = codes;
    this.args = args.toArray(new Expr[0]);
    int n = this.args.length;
    this.kinds = new int[n];
    this.names = new String[n];
    for (int i = 0; i < n; i++) {
      Parts.Param p = def.params().get(i);
      names[i] = p.name().text();
      Expr a = this.args[i];
      if (p.arity() > 0) {
        kinds[i] = CLOSURE;
      } else if (ev.levels.hasPrime(a) || ev.levels.hasPrime(def.body()) && !Calls.isLiteral(a)) {
        kinds[i] = THUNK;
      } else {
        kinds[i] = VALUE;
      }
    }
  }

  /** The parameters bound on top of {@code base}, arguments evaluated in {@code env}. */
  Env bind(Env base, Env env, Ctx ctx) {
    Env pe = base;
    for (int i = 0; i < kinds.length; i++) {
      Object entry;
      switch (kinds[i]) {
        case CLOSURE -> entry = ev.calls.closure(args[i], scope, env);
        case THUNK -> entry = new Thunk(args[i], scope, env, codes[i]);
        default -> {
          try {
            entry = codes[i].eval(env, ctx);
          } catch (EvalException ex) {
            if (ex.kind() != EvalException.Kind.UNASSIGNED) {
              throw ex;
            }
            // An Init argument naming a variable not yet assigned (XInit(x)): keep it so XInit can assign x.
            entry = new Thunk(args[i], scope, env, codes[i]);
          }
        }
      }
      pe = pe.bind(names[i], entry);
    }
    return pe;
  }
}

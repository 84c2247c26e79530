package specula.tla.eval;

import specula.tla.syntax.ast.Expr;

/**
 * An operator argument kept unevaluated because it mentions primed variables (so it can be enumerated as part of
 * an action, or evaluated in the state pair where it is used).
 */
public record Thunk(Expr expr, Scope scope, Env env) {
}

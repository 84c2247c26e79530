package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Range;

/**
 * An expression compiled once for one scope: names resolved, operators chosen, children compiled. Evaluating it
 * needs only the environment of bound names and the state pair. Errors get the location of the innermost
 * expression exactly as {@link Evaluator#eval} gives them, since every node catches like it does.
 */
abstract class Code {
  final Expr expr;

  Code(Expr expr) {
    this.expr = expr;
  }

  /** The value, without the error location handling (for delegation between nodes of the same expression). */
  abstract Value exec(Env env, Ctx ctx);

  final Range range() {
    return expr.range();
  }

  final Value eval(Env env, Ctx ctx) {
    try {
      return exec(env, ctx);
    } catch (ValueException ve) {
      throw new EvalException(EvalException.Kind.EVAL, ve.getMessage(), expr.range());
    } catch (EvalException ee) {
      throw ee.at(expr.range());
    } catch (StackOverflowError so) {
      throw Evaluator.stackOverflow(expr.range());
    }
  }

  final boolean evalBool(Env env, Ctx ctx) {
    Value v = eval(env, ctx);
    if (v instanceof BoolValue b) {
      return b.val();
    }
    throw Evaluator.nonBoolean(v, expr.range());
  }

  static Value[] evalAll(Code[] cs, Env env, Ctx ctx) {
    Value[] vs = new Value[cs.length];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = cs[i].eval(env, ctx);
    }
    return vs;
  }
}

package specula.tla.eval.natives;

import specula.tla.eval.Ctx;
import specula.tla.eval.OpClosure;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntArith;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.SeqOps;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

/**
 * Argument access for natives, with the errors TLC gives when the library's definition meets a value of the wrong
 * kind (the natives must fail where their definitions fail).
 */
final class Args {
  private Args() {
  }

  static Value value(Object[] a, int i) {
    if (a[i] instanceof Value v) {
      return v;
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "An operator was passed where a value is expected.");
  }

  static OpClosure op(Object[] a, int i) {
    if (a[i] instanceof OpClosure c) {
      return c;
    }
    throw new ValueException(ValueException.Kind.ARGUMENT, "A value was passed where an operator is expected.");
  }

  static SetValue set(Object[] a, int i, String op) {
    Value v = value(a, i);
    if (v instanceof SetValue s) {
      return s;
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "Attempted to apply the operator " + op
        + " to a non-set value:\n" + ValuePrinter.DEFAULT.print(v));
  }

  static FunctionValue fn(Object[] a, int i, String op) {
    Value v = value(a, i);
    if (v instanceof LazyFunctionValue l) {
      return l.materialize();
    }
    if (v instanceof FunctionValue f) {
      return f;
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "Attempted to apply " + op
        + " to a non-function value:\n" + ValuePrinter.DEFAULT.print(v));
  }

  static TupleValue seq(Object[] a, int i, String position, String op) {
    return SeqOps.asSeq(value(a, i), position, op);
  }

  static int integer(Object[] a, int i, String position, String op) {
    Value v = value(a, i);
    if (v instanceof IntValue n) {
      return n.val();
    }
    throw IntArith.argument(position, op, "integer", v);
  }

  static Value call(Object[] a, int i, Ctx c, Value... args) {
    return op(a, i).apply(args, c);
  }

  /** Applies a predicate operator; a non-boolean result is TLC's "used as a formula" error. */
  static boolean test(Object[] a, int i, Ctx c, Value... args) {
    return bool(call(a, i, c, args));
  }

  static boolean bool(Value r) {
    if (r instanceof BoolValue b) {
      return b.val();
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "A non-boolean expression ("
        + ValuePrinter.DEFAULT.print(r) + ") was used as a formula.");
  }

  static Value[] elements(SetValue s) {
    return s.toEnum().toArray();
  }
}

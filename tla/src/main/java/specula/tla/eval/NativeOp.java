package specula.tla.eval;

import specula.tla.eval.value.Value;

/**
 * A Java implementation of a library operator. Arguments are {@link Value}s for ordinary parameters and
 * {@link OpClosure}s for operator parameters.
 */
@FunctionalInterface
public interface NativeOp {
  Value apply(Object[] args, Ctx ctx);
}

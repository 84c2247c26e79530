package specula.tla.eval;

import specula.tla.eval.value.Value;

/** An operator passed as an argument (a name, a LAMBDA or a built-in symbol): applied to evaluated arguments. */
public interface OpClosure {
  int arity();

  Value apply(Value[] args, Ctx ctx);
}

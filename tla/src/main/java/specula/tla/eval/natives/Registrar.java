package specula.tla.eval.natives;

import specula.tla.eval.NativeOp;

/** Where a group of natives registers its operators, by library module and operator name. */
@FunctionalInterface
public interface Registrar {
  void put(String module, String name, NativeOp op);
}

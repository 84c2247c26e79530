package specula.tla.check.cfg;

import specula.tla.eval.value.Value;

/** One entry of a CONSTANT(S) section. */
public sealed interface ConstantEntry {
  /** The constant (or operator) being given a value. */
  String name();

  /** Parameter placeholders for operator constants ({@code F(_, _)}); empty for plain constants. */
  int arity();

  /** Module the entry is scoped to ({@code C = [Mod] v}, {@code C <- [Mod] D}), or null. */
  String module();

  SourcePos pos();

  /**
   * {@code C = v}: an ordinary value. Identifiers on the right are model values ({@code Nil = Nil},
   * {@code Server = {s1, s2}}), as in TLC.
   */
  record Assignment(String name, int arity, String module, Value value, SourcePos pos) implements ConstantEntry {
  }

  /** {@code C <- D}: replace C by the definition D of the spec. */
  record Substitution(String name, int arity, String module, String target, SourcePos pos)
      implements ConstantEntry {
  }
}

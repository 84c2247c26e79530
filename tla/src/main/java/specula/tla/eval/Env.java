package specula.tla.eval;

/**
 * Bound names of the expression being evaluated (parameters, quantified variables, LET definitions): an immutable
 * linked list, innermost first. Entries hold a {@link specula.tla.eval.value.Value}, a {@link Thunk}, an
 * {@link OpClosure} or a {@link LetDef}.
 */
public final class Env {
  public static final Env EMPTY = new Env(null, null, null);

  private final String name;
  private final Object entry;
  private final Env next;

  private Env(String name, Object entry, Env next) {
    this.name = name;
    this.entry = entry;
    this.next = next;
  }

  public Env bind(String n, Object e) {
    return new Env(n, e, this);
  }

  /**
   * The innermost entry bound under this very name object (the binder's own string, known when the expression
   * was compiled), or null: a walk without string comparisons. TLA+ forbids a bound name to shadow another, so
   * the entry found is the one a comparison of spellings would find.
   */
  Object lookupSame(String binder) {
    for (Env e = this; e.name != null; e = e.next) {
      if (e.name == binder) {
        return e.entry;
      }
    }
    return null;
  }

  /** The names bound, innermost first (to compile an expression for the environment it is evaluated in). */
  java.util.List<String> names() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Env e = this; e.name != null; e = e.next) {
      out.add(e.name);
    }
    return out;
  }

  /** The innermost entry for {@code n}, or null. */
  public Object lookup(String n) {
    for (Env e = this; e.name != null; e = e.next) {
      if (e.name.equals(n)) {
        return e.entry;
      }
    }
    return null;
  }
}

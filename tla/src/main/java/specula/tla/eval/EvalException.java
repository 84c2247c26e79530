package specula.tla.eval;

import specula.tla.syntax.ast.Range;

/**
 * A TLC evaluation error: TLC's message plus the location of the innermost expression being evaluated when it was
 * raised (the outer frames add nothing, as in TLC's "Error: ... line L, col C to line L2, col C2 of module M").
 */
public final class EvalException extends RuntimeException {
  /** What kind of failure: lets the checker map it to TLC's report kinds and exit codes. */
  public enum Kind { EVAL, ASSERTION, UNDEFINED, ASSIGNED_TWICE, UNASSIGNED, ENABLED_PRIME }

  private final Kind kind;
  private final Range range;

  public EvalException(Kind kind, String message, Range range) {
    super(message, null, false, false);
    this.kind = kind;
    this.range = range;
  }

  public Kind kind() {
    return kind;
  }

  /** Where it happened, or null when unknown. */
  public Range range() {
    return range;
  }

  public EvalException at(Range r) {
    return range != null || r == null ? this : new EvalException(kind, getMessage(), r);
  }

  /** TLC's location phrase: {@code line 3, col 5 to line 3, col 12 of module M}. */
  public static String location(Range r) {
    if (r == null) {
      return "unknown location";
    }
    String module = r.file().endsWith(".tla") ? r.file().substring(0, r.file().length() - 4) : r.file();
    return "line " + r.line() + ", col " + r.column() + " to line " + r.endLine() + ", col " + r.endColumn()
        + " of module " + module;
  }
}

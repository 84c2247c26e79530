package specula.tla.eval.value;

/**
 * A TLC evaluation error raised by a value operation. The message is TLC's text; the evaluator adds the location
 * of the expression being evaluated.
 */
public final class ValueException extends RuntimeException {

  /** Why the operation failed; lets callers react without parsing messages. */
  public enum Kind {
    COMPARE, EQUALITY, MEMBERSHIP, OVERFLOW, DIVISION_BY_ZERO, NOT_IN_DOMAIN, NOT_ENUMERABLE, WRONG_TYPE,
    DUPLICATE_DOMAIN, ARGUMENT
  }

  private final Kind kind;

  public ValueException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}

package specula.tla.eval;

/** The spec or model cannot be loaded (syntax errors, missing modules, constants without a value). */
public final class SpecException extends RuntimeException {
  public SpecException(String message) {
    super(message);
  }
}

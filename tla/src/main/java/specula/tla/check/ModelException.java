package specula.tla.check;

/** The model configuration does not fit the spec (TLC's configuration errors, exit code 150). */
public final class ModelException extends RuntimeException {
  public ModelException(String message) {
    super(message);
  }
}

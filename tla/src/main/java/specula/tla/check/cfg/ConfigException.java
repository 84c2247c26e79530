package specula.tla.check.cfg;

/** A malformed configuration file: TLC's wording, prefixed with {@code file:line:column}. */
public final class ConfigException extends RuntimeException {
  private final SourcePos pos;
  private final String detail;

  public ConfigException(SourcePos pos, String detail) {
    super(pos + ": TLC found an error in the configuration file at line " + pos.line() + "\n" + detail);
    this.pos = pos;
    this.detail = detail;
  }

  public SourcePos pos() {
    return pos;
  }

  /** The message without the position prefix. */
  public String detail() {
    return detail;
  }
}

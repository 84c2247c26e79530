package specula.tla.check.itf;

/** Malformed JSON, or JSON that does not denote a TLA+ value / ITF trace; positions are 1-based when known. */
public final class JsonException extends RuntimeException {
  private final int line;
  private final int column;

  public JsonException(String message, int line, int column) {
    super(line > 0 ? "line " + line + ", column " + column + ": " + message : message);
    this.line = line;
    this.column = column;
  }

  public JsonException(String message) {
    this(message, 0, 0);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

package specula.tla.check.cfg;

/** A 1-based position in a configuration file. */
public record SourcePos(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}

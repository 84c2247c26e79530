package specula.tla.eval.value;

/**
 * A TLC model value: equal only to itself. As in TLC, a name of the form {@code x_rest} (second character an
 * underscore, at least three characters) makes the model value <em>typed</em> with type {@code x}: comparing a
 * typed model value with a non-model value, or with a model value of another type, is an error instead of FALSE.
 */
public final class ModelValue implements Value {
  private final String name;
  private final char type;
  private final long fp;

  private ModelValue(String name) {
    this.name = name;
    this.type = name.length() > 2 && name.charAt(1) == '_' ? name.charAt(0) : 0;
    this.fp = Fingerprint.extend(Fingerprint.extend(Fingerprint.SEED, ValueKind.MODEL.ordinal()), name);
  }

  public static ModelValue of(String name) {
    return new ModelValue(name);
  }

  public String name() {
    return name;
  }

  /** The type character, or 0 when untyped. */
  public char type() {
    return type;
  }

  public boolean isTyped() {
    return type != 0;
  }

  @Override
  public ValueKind kind() {
    return ValueKind.MODEL;
  }

  @Override
  public long fingerprint() {
    return fp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelValue m && m.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + 7;
  }

  @Override
  public String toString() {
    return name;
  }
}

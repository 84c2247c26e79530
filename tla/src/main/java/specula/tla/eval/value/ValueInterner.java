package specula.tla.eval.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal strings and model values (hash consing), so that the many copies a search creates of the same
 * literal are one object with one cached fingerprint. One instance per model-checking run; thread-safe.
 */
public final class ValueInterner {
  private final ConcurrentHashMap<String, StringValue> strings = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ModelValue> models = new ConcurrentHashMap<>();

  public StringValue string(String s) {
    return strings.computeIfAbsent(s, StringValue::of);
  }

  public ModelValue model(String name) {
    return models.computeIfAbsent(name, ModelValue::of);
  }

  /** Number of distinct strings and model values interned so far. */
  public int size() {
    return strings.size() + models.size();
  }
}

package specula.tla.check;

import specula.tla.eval.value.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state of a counterexample: its 1-based number, the action that produced it ("Initial predicate" for the
 * first) with its location, and the variables in declaration order.
 */
public record TraceState(int number, String action, Map<String, Value> variables) {
  public TraceState {
    variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }
}

package specula.tla.check.itf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import specula.tla.eval.value.Value;

/**
 * A trace in the Informal Trace Format (Apalache ADR-015): variable names, states (each a map from every variable to
 * its value), optional {@code loop} index for lasso-shaped traces, and free-form {@code #meta} fields.
 */
public record ItfTrace(Map<String, String> meta, List<String> vars, List<Map<String, Value>> states,
    Optional<Integer> loop) {

  public ItfTrace {
    meta = Map.copyOf(meta);
    vars = List.copyOf(vars);
    states = states.stream().map(s -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(s))).toList();
  }
}

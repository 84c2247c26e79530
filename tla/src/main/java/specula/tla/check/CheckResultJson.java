package specula.tla.check;

import specula.tla.check.itf.ItfCodec;
import specula.tla.check.itf.ItfTrace;
import specula.tla.check.itf.Json;
import specula.tla.check.itf.JsonWriter;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The structured forms of a result: {@code --json FILE} (figures, error, trace) and the trace as ITF JSON. */
public final class CheckResultJson {
  private CheckResultJson() {
  }

  /** The result as JSON: outcome, TLC's result name and exit code, figures, error and trace (values as ITF). */
  public static String toJson(CheckResult r) {
    Map<String, Json> m = new LinkedHashMap<>();
    m.put("outcome", new Json.JString(r.outcome().name()));
    m.put("result", new Json.JString(r.outcome().result()));
    m.put("exitCode", Json.JNumber.of(r.exitCode()));
    m.put("generated", Json.JNumber.of(r.generated()));
    m.put("distinct", Json.JNumber.of(r.distinct()));
    m.put("left", Json.JNumber.of(r.left()));
    m.put("depth", Json.JNumber.of(r.depth()));
    m.put("elapsedMillis", Json.JNumber.of(r.elapsed().toMillis()));
    m.put("livenessSkipped", Json.JNumber.of(r.livenessSkipped()));
    m.put("error", r.errorMessage() == null ? new Json.JNull() : new Json.JString(r.errorMessage()));
    m.put("location", r.errorLocation() == null ? new Json.JNull() : new Json.JString(r.errorLocation()));
    List<Json> states = new ArrayList<>();
    for (TraceState s : r.trace()) {
      Map<String, Json> st = new LinkedHashMap<>();
      st.put("number", Json.JNumber.of(s.number()));
      st.put("action", new Json.JString(s.action()));
      Map<String, Json> vars = new LinkedHashMap<>();
      s.variables().forEach((k, v) -> vars.put(k, ItfCodec.toItf(v)));
      st.put("variables", new Json.JObject(vars));
      Map<String, Json> printed = new LinkedHashMap<>();
      s.variables().forEach((k, v) -> printed.put(k, new Json.JString(ValuePrinter.DEFAULT.print(v))));
      st.put("printed", new Json.JObject(printed));
      states.add(new Json.JObject(st));
    }
    m.put("trace", new Json.JArray(states));
    return JsonWriter.pretty(new Json.JObject(m));
  }

  /** The counterexample in the Informal Trace Format, or empty when there is none. */
  public static Optional<String> toItf(CheckResult r, String module) {
    if (r.trace().isEmpty()) {
      return Optional.empty();
    }
    List<String> vars = new ArrayList<>(r.trace().get(0).variables().keySet());
    List<Map<String, specula.tla.eval.value.Value>> states = new ArrayList<>();
    for (TraceState s : r.trace()) {
      states.add(s.variables());
    }
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("format", "ITF");
    meta.put("source", module + ".tla");
    meta.put("description", r.errorMessage() == null ? r.outcome().name() : r.errorMessage());
    return Optional.of(ItfCodec.write(new ItfTrace(meta, vars, states, Optional.empty())));
  }
}

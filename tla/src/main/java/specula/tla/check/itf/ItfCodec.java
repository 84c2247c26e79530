package specula.tla.check.itf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;

/**
 * Values and traces to and from ITF JSON. Encoding: booleans and strings as JSON; integers as
 * {@code {"#bigint": "5"}}; sequences/tuples as JSON arrays (TLA+ does not tell them apart; {@code {"#tup": [...]}}
 * is accepted on input); records as objects; sets as {@code {"#set": [...]}}; other functions as
 * {@code {"#map": [[k, v], ...]}}; model values and non-enumerable sets as {@code {"#unserializable": "..."}},
 * which reads back as a model value when it is an identifier.
 */
public final class ItfCodec {
  public static final String FORMAT_DESCRIPTION = "https://apalache-mc.org/docs/adr/015adr-trace.html";

  private ItfCodec() {
  }

  public static Json toItf(Value v) {
    if (v instanceof BoolValue b) {
      return new Json.JBool(b.val());
    }
    if (v instanceof IntValue i) {
      return tagged("#bigint", new Json.JString(Integer.toString(i.val())));
    }
    if (v instanceof StringValue s) {
      return new Json.JString(s.val());
    }
    if (v instanceof ModelValue m) {
      return tagged("#unserializable", new Json.JString(m.name()));
    }
    if (v instanceof SetValue s) {
      if (!s.isEnumerable()) {
        return tagged("#unserializable", new Json.JString(ValuePrinter.DEFAULT.print(s)));
      }
      List<Json> items = new ArrayList<>();
      for (Value e : s) {
        items.add(toItf(e));
      }
      return tagged("#set", new Json.JArray(items));
    }
    if (v instanceof LazyFunctionValue lazy) {
      return lazy.isMaterializable() ? toItf(lazy.materialize())
          : tagged("#unserializable", new Json.JString(lazy.display()));
    }
    if (v instanceof TupleValue t) {
      List<Json> items = new ArrayList<>();
      for (int k = 0; k < t.size(); k++) {
        items.add(toItf(t.valueAt(k)));
      }
      return new Json.JArray(items);
    }
    if (v instanceof RecordValue r) {
      Map<String, Json> m = new LinkedHashMap<>();
      for (int k = 0; k < r.size(); k++) {
        m.put(r.name(k), toItf(r.valueAt(k)));
      }
      return new Json.JObject(m);
    }
    FunctionValue f = (FunctionValue) v;
    List<Json> pairs = new ArrayList<>();
    for (int k = 0; k < f.size(); k++) {
      pairs.add(new Json.JArray(List.of(toItf(f.domainAt(k)), toItf(f.valueAt(k)))));
    }
    return tagged("#map", new Json.JArray(pairs));
  }

  public static Value fromItf(Json j) {
    if (j instanceof Json.JBool b) {
      return BoolValue.of(b.value());
    }
    if (j instanceof Json.JString s) {
      return StringValue.of(s.value());
    }
    if (j instanceof Json.JNumber n) {
      return integer(n.bigInteger());
    }
    if (j instanceof Json.JArray a) {
      return TupleValue.of(all(a));
    }
    if (j instanceof Json.JObject o) {
      if (o.members().size() == 1) {
        Map.Entry<String, Json> e = o.members().entrySet().iterator().next();
        switch (e.getKey()) {
          case "#bigint":
            return integer(new BigInteger(string(e.getValue(), "#bigint")));
          case "#set":
            return SetEnumValue.of(all(array(e.getValue(), "#set")));
          case "#tup":
            return TupleValue.of(all(array(e.getValue(), "#tup")));
          case "#map": {
            List<Json> pairs = array(e.getValue(), "#map").items();
            Value[] dom = new Value[pairs.size()];
            Value[] vals = new Value[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
              List<Json> kv = array(pairs.get(k), "#map entry").items();
              if (kv.size() != 2) {
                throw new JsonException("a #map entry must be a [key, value] pair");
              }
              dom[k] = fromItf(kv.get(0));
              vals[k] = fromItf(kv.get(1));
            }
            return FcnOps.of(dom, vals);
          }
          case "#unserializable": {
            String text = string(e.getValue(), "#unserializable");
            if (text.matches("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*")) {
              return ModelValue.of(text);
            }
            throw new JsonException("cannot read back the unserializable value " + text);
          }
          default:
            break;
        }
      }
      Map<String, Value> fields = new LinkedHashMap<>();
      for (Map.Entry<String, Json> e : o.members().entrySet()) {
        if (e.getKey().startsWith("#")) {
          throw new JsonException("unknown ITF tag " + e.getKey());
        }
        fields.put(e.getKey(), fromItf(e.getValue()));
      }
      return fields.isEmpty() ? TupleValue.EMPTY : RecordValue.of(fields);
    }
    throw new JsonException("null is not an ITF value");
  }

  /** The trace as an ITF document. */
  public static Json toJson(ItfTrace trace) {
    Map<String, Json> meta = new LinkedHashMap<>();
    meta.put("format", new Json.JString("ITF"));
    meta.put("format-description", new Json.JString(FORMAT_DESCRIPTION));
    trace.meta().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> meta.put(e.getKey(), new Json.JString(e.getValue())));
    Map<String, Json> root = new LinkedHashMap<>();
    root.put("#meta", new Json.JObject(meta));
    root.put("vars", new Json.JArray(trace.vars().stream().<Json>map(Json.JString::new).toList()));
    List<Json> states = new ArrayList<>();
    for (int k = 0; k < trace.states().size(); k++) {
      Map<String, Json> st = new LinkedHashMap<>();
      st.put("#meta", new Json.JObject(Map.of("index", Json.JNumber.of(k))));
      Map<String, Value> s = trace.states().get(k);
      for (String var : trace.vars()) {
        Value v = s.get(var);
        if (v == null) {
          throw new IllegalArgumentException("state " + k + " has no value for " + var);
        }
        st.put(var, toItf(v));
      }
      states.add(new Json.JObject(st));
    }
    root.put("states", new Json.JArray(states));
    trace.loop().ifPresent(l -> root.put("loop", Json.JNumber.of(l)));
    return new Json.JObject(root);
  }

  public static String write(ItfTrace trace) {
    return JsonWriter.pretty(toJson(trace)) + "\n";
  }

  public static ItfTrace read(String text) {
    Json doc = JsonReader.parse(text);
    if (!(doc instanceof Json.JObject root)) {
      throw new JsonException("an ITF trace is a JSON object");
    }
    Map<String, String> meta = new LinkedHashMap<>();
    if (root.get("#meta") instanceof Json.JObject m) {
      m.members().forEach((k, v) -> {
        if (v instanceof Json.JString s && !k.equals("format") && !k.equals("format-description")) {
          meta.put(k, s.value());
        }
      });
    }
    List<String> vars = new ArrayList<>();
    for (Json v : array(root.get("vars"), "vars").items()) {
      vars.add(string(v, "vars"));
    }
    List<Map<String, Value>> states = new ArrayList<>();
    for (Json s : array(root.get("states"), "states").items()) {
      if (!(s instanceof Json.JObject so)) {
        throw new JsonException("an ITF state is a JSON object");
      }
      Map<String, Value> st = new LinkedHashMap<>();
      for (String var : vars) {
        Json v = so.get(var);
        if (v == null) {
          throw new JsonException("state " + states.size() + " has no value for " + var);
        }
        st.put(var, fromItf(v));
      }
      states.add(st);
    }
    Optional<Integer> loop = root.get("loop") instanceof Json.JNumber n
        ? Optional.of(n.bigInteger().intValueExact()) : Optional.empty();
    return new ItfTrace(meta, vars, states, loop);
  }

  private static Value integer(BigInteger b) {
    if (b.bitLength() > 31) {
      throw new JsonException("the integer " + b + " is outside TLC's 32-bit range");
    }
    return IntValue.of(b.intValue());
  }

  private static List<Value> all(Json.JArray a) {
    List<Value> out = new ArrayList<>();
    for (Json e : a.items()) {
      out.add(fromItf(e));
    }
    return out;
  }

  private static Json tagged(String tag, Json content) {
    return new Json.JObject(Map.of(tag, content));
  }

  private static Json.JArray array(Json j, String what) {
    if (j instanceof Json.JArray a) {
      return a;
    }
    throw new JsonException(what + " must be a JSON array");
  }

  private static String string(Json j, String what) {
    if (j instanceof Json.JString s) {
      return s.value();
    }
    throw new JsonException(what + " must be a JSON string");
  }
}

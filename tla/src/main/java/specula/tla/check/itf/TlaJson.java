package specula.tla.check.itf;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntArith;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

/**
 * TLA+ values to and from JSON the way the community {@code Json} module does it: records (and other functions,
 * keyed by the printed domain element) become objects, sequences and sets become arrays, model values become
 * strings; read back, objects become records, arrays tuples, numbers integers.
 */
public final class TlaJson {
  private TlaJson() {
  }

  /** {@code ToJson(v)}. */
  public static Json toJson(Value v) {
    if (v instanceof BoolValue b) {
      return new Json.JBool(b.val());
    }
    if (v instanceof IntValue i) {
      return Json.JNumber.of(i.val());
    }
    if (v instanceof StringValue s) {
      return new Json.JString(s.val());
    }
    if (v instanceof ModelValue m) {
      return new Json.JString(m.name());
    }
    if (v instanceof SetValue s) {
      List<Json> items = new ArrayList<>();
      for (Value e : s) {
        items.add(toJson(e));
      }
      return new Json.JArray(items);
    }
    if (v instanceof LazyFunctionValue lazy) {
      return toJson(lazy.materialize());
    }
    if (v instanceof TupleValue t) {
      List<Json> items = new ArrayList<>();
      for (int k = 0; k < t.size(); k++) {
        items.add(toJson(t.valueAt(k)));
      }
      return new Json.JArray(items);
    }
    FunctionValue f = (FunctionValue) v;
    Map<String, Json> members = new LinkedHashMap<>();
    for (int k = 0; k < f.size(); k++) {
      Value d = f.domainAt(k);
      members.put(d instanceof StringValue s ? s.val() : ValuePrinter.DEFAULT.print(d), toJson(f.valueAt(k)));
    }
    return new Json.JObject(members);
  }

  /** The value a JSON document denotes ({@code JsonDeserialize} of one document). */
  public static Value fromJson(Json j) {
    if (j instanceof Json.JBool b) {
      return BoolValue.of(b.value());
    }
    if (j instanceof Json.JString s) {
      return StringValue.of(s.value());
    }
    if (j instanceof Json.JNumber n) {
      if (!n.isIntegral()) {
        throw new JsonException("The JSON number " + n.text() + " is not an integer; TLA+ has no reals in TLC.");
      }
      BigInteger b = n.bigInteger();
      if (b.bitLength() > 31) {
        throw new ValueException(ValueException.Kind.OVERFLOW, "Overflow when computing " + n.text());
      }
      return IntValue.of(b.intValue());
    }
    if (j instanceof Json.JArray a) {
      List<Value> out = new ArrayList<>();
      for (Json e : a.items()) {
        out.add(fromJson(e));
      }
      return TupleValue.of(out);
    }
    if (j instanceof Json.JObject o) {
      Map<String, Value> fields = new LinkedHashMap<>();
      for (Map.Entry<String, Json> e : o.members().entrySet()) {
        fields.put(e.getKey(), fromJson(e.getValue()));
      }
      return RecordValue.of(fields);
    }
    throw new JsonException("JSON null has no TLA+ counterpart.");
  }

  /** {@code JsonSerialize(path, seq)}: a JSON array, one element per line. */
  public static void serialize(Path path, Value seq) throws IOException {
    TupleValue t = asSeq(seq, "JsonSerialize");
    StringBuilder sb = new StringBuilder("[\n");
    for (int k = 0; k < t.size(); k++) {
      sb.append(JsonWriter.compact(toJson(t.valueAt(k)))).append(k < t.size() - 1 ? ",\n" : "\n");
    }
    sb.append("]\n");
    write(path, sb.toString());
  }

  /** {@code ndJsonSerialize(path, seq)}: one JSON document per line. */
  public static void ndSerialize(Path path, Value seq) throws IOException {
    TupleValue t = asSeq(seq, "ndJsonSerialize");
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < t.size(); k++) {
      sb.append(JsonWriter.compact(toJson(t.valueAt(k)))).append('\n');
    }
    write(path, sb.toString());
  }

  /** {@code JsonDeserialize(path)}. */
  public static Value deserialize(Path path) throws IOException {
    return fromJson(JsonReader.parse(Files.readString(path, StandardCharsets.UTF_8)));
  }

  /** {@code ndJsonDeserialize(path)}: the sequence of the file's documents, blank lines skipped. */
  public static TupleValue ndDeserialize(Path path) throws IOException {
    List<Value> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(fromJson(JsonReader.parse(line)));
      } catch (JsonException e) {
        throw new JsonException(path + ":" + lineNo + ": " + e.getMessage());
      }
    }
    return TupleValue.of(out);
  }

  private static TupleValue asSeq(Value v, String op) {
    if (v instanceof TupleValue t) {
      return t;
    }
    throw IntArith.argument("second", op, "sequence", v);
  }

  private static void write(Path path, String text) throws IOException {
    if (path.toAbsolutePath().getParent() != null) {
      Files.createDirectories(path.toAbsolutePath().getParent());
    }
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}

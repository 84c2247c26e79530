package specula.tla.check.itf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.set;
import static specula.tla.eval.value.Values.string;
import static specula.tla.eval.value.Values.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.RandomValues;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SetOps;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.Values;

class JsonAndItfTest {

  @Test
  void jsonReadsAndWrites() {
    String text = "{\"a\": [1, -2.5e3, true, null, \"x\\n\\u00e9\"], \"b\": {}}";
    Json j = JsonReader.parse(text);
    assertEquals("{\"a\":[1,-2.5e3,true,null,\"x\\né\"],\"b\":{}}", JsonWriter.compact(j));
    assertEquals(j, JsonReader.parse(JsonWriter.pretty(j)));
    assertTrue(JsonWriter.pretty(j).contains("\n  \"a\": [\n    1,"), JsonWriter.pretty(j));
    JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("{\"a\":\n  [1, 2,]}"));
    assertEquals(2, e.line());
    assertEquals(9, e.column());
    assertThrows(JsonException.class, () -> JsonReader.parse("[1] x"));
    assertThrows(JsonException.class, () -> JsonReader.parse("01"));
    assertThrows(JsonException.class, () -> JsonReader.parse("\"unterminated"));
  }

  @Test
  void communityJsonModuleConversions() {
    Value v = RecordValue.of("name", string("n1"), "seq", tuple(integer(1), integer(2)),
        "set", set(integer(3), integer(1)), "mv", ModelValue.of("m"), "ok", BoolValue.TRUE,
        "f", FcnOps.of(new Value[] {integer(5), integer(7)}, new Value[] {string("a"), string("b")}));
    assertEquals("{\"f\":{\"5\":\"a\",\"7\":\"b\"},\"mv\":\"m\",\"name\":\"n1\",\"ok\":true,\"seq\":[1,2],"
        + "\"set\":[1,3]}", JsonWriter.compact(TlaJson.toJson(v)));
    Value back = TlaJson.fromJson(JsonReader.parse("{\"b\": [1, \"x\", [true]], \"a\": {\"k\": 2}}"));
    assertEquals(RecordValue.of("a", RecordValue.of("k", integer(2)), "b",
        tuple(integer(1), string("x"), tuple(BoolValue.TRUE))), back);
    assertEquals(TupleValue.EMPTY, TlaJson.fromJson(JsonReader.parse("[]")));
    assertThrows(JsonException.class, () -> TlaJson.fromJson(JsonReader.parse("1.5")));
    assertThrows(ValueException.class, () -> TlaJson.fromJson(JsonReader.parse("4294967296")));
  }

  @Test
  void jsonFilesRoundTrip(@TempDir Path dir) throws IOException {
    TupleValue seq = tuple(RecordValue.of("event", string("send"), "n", integer(1)),
        RecordValue.of("event", string("recv"), "n", integer(2)));
    Path nd = dir.resolve("sub/trace.ndjson");
    TlaJson.ndSerialize(nd, seq);
    assertEquals(2, Files.readAllLines(nd).size());
    Files.writeString(nd, Files.readString(nd) + "\n   \n");
    assertEquals(seq, TlaJson.ndDeserialize(nd));
    Path plain = dir.resolve("trace.json");
    TlaJson.serialize(plain, seq);
    assertTrue(Files.readString(plain).startsWith("[\n{"), Files.readString(plain));
    assertEquals(seq, TlaJson.deserialize(plain));
    ValueException e = assertThrows(ValueException.class, () -> TlaJson.serialize(plain, integer(1)));
    assertEquals("The second argument of JsonSerialize should be a sequence, but instead it is:\n1",
        e.getMessage());
    Files.writeString(nd, "{\"a\": 1}\n{oops}\n");
    JsonException bad = assertThrows(JsonException.class, () -> TlaJson.ndDeserialize(nd));
    assertTrue(bad.getMessage().contains("trace.ndjson:2:"), bad.getMessage());
  }

  @Test
  void itfEncodesValuesAsTheSpecSays() {
    assertEquals("{\"#bigint\":\"-5\"}", JsonWriter.compact(ItfCodec.toItf(integer(-5))));
    assertEquals("{\"#set\":[{\"#bigint\":\"1\"},{\"#bigint\":\"2\"}]}",
        JsonWriter.compact(ItfCodec.toItf(Values.interval(1, 2))));
    assertEquals("[\"a\",true]", JsonWriter.compact(ItfCodec.toItf(tuple(string("a"), BoolValue.TRUE))));
    assertEquals("{\"a\":{\"#bigint\":\"1\"}}", JsonWriter.compact(ItfCodec.toItf(RecordValue.of("a", integer(1)))));
    assertEquals("{\"#map\":[[{\"#unserializable\":\"p\"},true]]}",
        JsonWriter.compact(ItfCodec.toItf(FcnOps.singleton(ModelValue.of("p"), BoolValue.TRUE))));
    assertEquals("{\"#unserializable\":\"Nat\"}", JsonWriter.compact(ItfCodec.toItf(InfiniteSetValue.NAT)));
    assertEquals(tuple(integer(1), integer(2)), ItfCodec.fromItf(JsonReader.parse(
        "{\"#tup\": [{\"#bigint\": \"1\"}, 2]}")));
    assertThrows(JsonException.class, () -> ItfCodec.fromItf(JsonReader.parse("{\"#bogus\": 1}")));
  }

  @Test
  void itfTraceRoundTrip() {
    RandomValues gen = new RandomValues(11);
    List<Map<String, Value>> states = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      Map<String, Value> s = new LinkedHashMap<>();
      s.put("x", gen.next(3));
      s.put("y", gen.next(2));
      states.add(s);
    }
    states.get(0).put("y", SetOps.powerset(Values.interval(1, 3)));
    ItfTrace trace = new ItfTrace(Map.of("source", "Spec.tla"), List.of("x", "y"), states, Optional.of(3));
    String text = ItfCodec.write(trace);
    assertTrue(text.contains("\"#meta\": {\n        \"index\": 0"), text.substring(0, 400));
    assertTrue(text.contains("\"format\": \"ITF\""));
    ItfTrace back = ItfCodec.read(text);
    assertEquals(trace.vars(), back.vars());
    assertEquals(Optional.of(3), back.loop());
    assertEquals("Spec.tla", back.meta().get("source"));
    assertEquals(states.size(), back.states().size());
    for (int k = 0; k < states.size(); k++) {
      for (String var : trace.vars()) {
        Value a = states.get(k).get(var);
        Value b = back.states().get(k).get(var);
        assertEquals(a.fingerprint(), b.fingerprint(), "state " + k + " var " + var + ": " + a + " vs " + b);
        assertEquals(a, b);
      }
    }
    assertInstanceOf(ModelValue.class, ItfCodec.fromItf(ItfCodec.toItf(ModelValue.of("s1"))));
  }
}

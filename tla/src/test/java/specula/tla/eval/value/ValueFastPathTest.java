package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shortcuts taken on hot paths give the same answers (and errors) as the general algorithms. */
class ValueFastPathTest {

  @Test
  void setConstructionSortsAndDeduplicatesAtEverySize() {
    Random rnd = new Random(7);
    for (int n = 0; n <= 40; n++) {
      for (int round = 0; round < 20; round++) {
        Value[] elems = new Value[n];
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < n; i++) {
          int x = rnd.nextInt(Math.max(1, n));
          elems[i] = integer(x);
          expected.add(x);
        }
        SetEnumValue s = SetEnumValue.of(elems);
        List<Integer> got = new ArrayList<>();
        for (Value v : s) {
          got.add(((IntValue) v).val());
        }
        assertEquals(new ArrayList<>(expected), got, "n=" + n);
      }
    }
  }

  @Test
  void setConstructionOfStringsFollowsJavaStringOrder() {
    SetEnumValue s = SetEnumValue.of(string("ncs"), string("e1"), string("cs"), string("e1"), string("exit"),
        string("w1"), string("e2"));
    assertEquals("{\"cs\", \"e1\", \"e2\", \"exit\", \"ncs\", \"w1\"}", s.toString());
  }

  @Test
  void setConstructionStillRejectsIncomparableElements() {
    ValueException e = assertThrows(ValueException.class, () -> SetEnumValue.of(integer(2), integer(1),
        string("a")));
    assertEquals(ValueException.Kind.COMPARE, e.kind());
  }

  @Test
  void intervalDomainLookupMatchesBinarySearch() {
    Value[] dom = {integer(0), integer(1), integer(2), integer(3)};
    Value[] vals = {string("a"), string("b"), string("c"), string("d")};
    FunctionValue f = FcnOps.of(dom, vals);
    assertTrue(f instanceof FcnRcdValue);
    for (int i = 0; i < 4; i++) {
      assertEquals(vals[i], f.select(integer(i)));
    }
    assertNull(f.select(integer(-1)));
    assertNull(f.select(integer(4)));
    assertNull(f.select(integer(Integer.MIN_VALUE)));
    FunctionValue g = FcnOps.except(f, integer(2), string("z"));
    assertEquals(string("z"), g.select(integer(2)));
    assertEquals(string("d"), g.select(integer(3)));

    // A gap in the domain: not an interval, so lookups must still find exactly the members.
    FunctionValue h = FcnOps.of(new Value[] {integer(0), integer(2), integer(5)}, new Value[] {string("x"),
        string("y"), string("z")});
    assertEquals(string("y"), h.select(integer(2)));
    assertNull(h.select(integer(1)));
    assertEquals(string("z"), h.select(integer(5)));
  }

  @Test
  void functionSetMembershipComparesDomainsWithoutBuildingThem() {
    SetValue bools = Values.BOOLEAN;
    FcnSetValue oneToTwo = new FcnSetValue(Values.interval(1, 2), bools);
    assertTrue(oneToTwo.contains(Values.tuple(BoolValue.TRUE, BoolValue.FALSE)));
    assertFalse(oneToTwo.contains(Values.tuple(BoolValue.TRUE)));

    FcnSetValue zeroToOne = new FcnSetValue(Values.interval(0, 1), bools);
    FunctionValue f01 = FcnOps.of(new Value[] {integer(0), integer(1)}, new Value[] {BoolValue.TRUE,
        BoolValue.TRUE});
    assertTrue(zeroToOne.contains(f01));
    assertFalse(oneToTwo.contains(f01));
    assertFalse(zeroToOne.contains(Values.tuple(BoolValue.TRUE, BoolValue.TRUE)));

    FcnSetValue empty = new FcnSetValue(Values.interval(1, 0), bools);
    assertTrue(empty.contains(TupleValue.EMPTY));

    FcnSetValue overStrings = new FcnSetValue(Values.set(string("a"), string("b")), Values.interval(1, 3));
    assertTrue(overStrings.contains(RecordValue.of("a", integer(1), "b", integer(3))));
    assertFalse(overStrings.contains(RecordValue.of("a", integer(1), "c", integer(3))));
    assertFalse(overStrings.contains(RecordValue.of("a", integer(1), "b", integer(4))));

    // Same error as comparing the sets themselves: a string domain element against an integer.
    ValueException e = assertThrows(ValueException.class, () -> oneToTwo.contains(RecordValue.of("a",
        BoolValue.TRUE, "b", BoolValue.TRUE)));
    assertEquals(ValueException.Kind.EQUALITY, e.kind());
    for (Value f : oneToTwo) {
      assertTrue(oneToTwo.contains(f), f.toString());
    }
  }

  @Test
  void unionOfAscendingMembersIsTheirConcatenationAndOtherwiseSorted() {
    SetValue s12 = Values.interval(1, 2);
    // UNION {[1..n -> {1, 2}] : n \in 1..3}: members hold functions of growing size, so already in order.
    List<Value> members = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      members.add(new FcnSetValue(Values.interval(1, n), s12));
    }
    SetValue u = SetOps.unionAll(SetEnumValue.of(members));
    assertEquals(2 + 4 + 8, u.size());
    List<Value> expected = new ArrayList<>();
    for (Value m : SetEnumValue.of(members)) {
      for (Value f : (SetValue) m) {
        expected.add(f);
      }
    }
    assertEquals(SetEnumValue.of(expected), u);
    assertEquals(SetEnumValue.of(expected).toString(), u.toString());

    // Overlapping, interleaved members: sorted and deduplicated.
    SetValue v = SetOps.unionAll(Values.set(Values.set(integer(5), integer(1)), Values.set(integer(3), integer(1)),
        Values.set(integer(2))));
    assertEquals("{1, 2, 3, 5}", v.toString());
    assertEquals(SetEnumValue.EMPTY, SetOps.unionAll(Values.set(SetEnumValue.EMPTY)));
    ValueException e = assertThrows(ValueException.class, () -> SetOps.unionAll(Values.set(Values.set(integer(1)),
        Values.set(string("a"), string("b")))));
    assertEquals(ValueException.Kind.COMPARE, e.kind());
  }

  @Test
  void enumeratedFunctionsAndRecordsHaveTheCanonicalRepresentation() {
    SetValue range = Values.interval(0, 1);
    for (SetValue dom : List.of(Values.interval(1, 2), Values.interval(0, 1), Values.set(string("a"), string("b")),
        Values.set(ModelValue.of("m1"), ModelValue.of("m2")))) {
      for (Value f : new FcnSetValue(dom, range)) {
        FunctionValue fn = (FunctionValue) f;
        FunctionValue rebuilt = FcnOps.of(FcnOps.domainElements(fn), FcnOps.values(fn));
        assertEquals(rebuilt.getClass(), fn.getClass(), dom + " -> " + range);
        assertEquals(rebuilt, fn);
        assertEquals(rebuilt.fingerprint(), fn.fingerprint());
        assertEquals(fn.valueAt(1), fn.apply(fn.domainAt(1)));
      }
    }
    RecordSetValue rs = new RecordSetValue(new String[] {"b", "a"}, new SetValue[] {range, Values.BOOLEAN});
    for (Value r : rs) {
      assertTrue(r instanceof RecordValue, r.toString());
      assertTrue(rs.contains(r));
    }
    assertEquals("[a |-> FALSE, b |-> 0]", rs.iterator().next().toString());
  }

  @Test
  void symmetryKeepsPartsWithoutPermutedModelValues() {
    ModelValue a = ModelValue.of("a");
    ModelValue b = ModelValue.of("b");
    java.util.Map<ModelValue, Value> swap = java.util.Map.of(a, b, b, a);
    Value plain = Values.tuple(integer(1), Values.set(integer(2), integer(3)), RecordValue.of("x", string("s")));
    assertTrue(Symmetry.permute(plain, swap) == plain, "nothing to rename: the same object");
    Value mixed = Values.tuple(plain, Values.set(a, integer(0)));
    Value img = Symmetry.permute(mixed, swap);
    assertEquals(Values.tuple(plain, Values.set(b, integer(0))), img);
    assertTrue(((TupleValue) img).get(1) == plain, "unchanged part shared");
    FunctionValue f = FcnOps.of(new Value[] {a, b}, new Value[] {integer(1), integer(2)});
    FunctionValue g = (FunctionValue) Symmetry.permute(f, swap);
    assertEquals("(a :> 2 @@ b :> 1)", g.toString());
  }

  @Test
  void functionsSharingADomainCompareByValues() {
    ModelValue a = ModelValue.of("a");
    ModelValue b = ModelValue.of("b");
    FunctionValue f = FcnOps.of(new Value[] {b, a}, new Value[] {integer(1), integer(2)});
    FunctionValue g = FcnOps.except(f, b, integer(0));
    FunctionValue h = FcnOps.except(g, b, integer(1));
    assertTrue(ValueOrder.compare(g, f) < 0);
    assertTrue(ValueOrder.compare(f, g) > 0);
    assertEquals(0, ValueOrder.compare(f, h));
    assertTrue(ValueEquality.equal(f, h));
    assertFalse(ValueEquality.equal(f, g));
    FunctionValue r = RecordValue.of("x", integer(1), "y", integer(2));
    FunctionValue r2 = FcnOps.except(r, string("y"), integer(3));
    assertTrue(ValueOrder.compare(r, r2) < 0);
    assertFalse(ValueEquality.equal(r, r2));
    assertTrue(ValueEquality.equal(r, FcnOps.except(r2, string("y"), integer(2))));
  }

  @Test
  void stringFingerprintsSeparateNearbyStrings() {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<String> all = new ArrayList<>();
    for (String base : List.of("", "a", "ab", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi")) {
      all.add(base);
      all.add(base + "\0");
      all.add("\0" + base);
      all.add(new StringBuilder(base).reverse() + "x");
    }
    for (String s : new java.util.LinkedHashSet<>(all)) {
      assertTrue(seen.add(StringValue.of(s).fingerprint()), "fingerprint collision for \"" + s + "\"");
    }
    assertEquals(StringValue.of("query").fingerprint(), StringValue.of("qu" + "ery").fingerprint());
  }

  @Test
  void cachedIntegerFingerprintsAgreeWithEnumeratedSets() {
    assertEquals(Values.interval(-2, 2000).fingerprint(), SetEnumValue.of(enumerate(-2, 2000)).fingerprint());
    assertEquals(IntValue.of(5000).fingerprint(), IntValue.of(5000).fingerprint());
  }

  private static Value[] enumerate(int lo, int hi) {
    Value[] out = new Value[hi - lo + 1];
    for (int i = lo; i <= hi; i++) {
      out[hi - i] = integer(i);
    }
    return out;
  }
}

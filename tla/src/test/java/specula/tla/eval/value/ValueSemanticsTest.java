package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.set;
import static specula.tla.eval.value.Values.string;
import static specula.tla.eval.value.Values.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

  @Test
  void printsLikeTlc() {
    assertEquals("{1, 2, 3}", set(integer(3), integer(1), integer(2), integer(1)).toString());
    assertEquals("<<1, \"a\">>", tuple(integer(1), string("a")).toString());
    assertEquals("[a |-> 1, b |-> 2]", RecordValue.of("b", integer(2), "a", integer(1)).toString());
    FunctionValue f = FcnOps.of(new Value[] {integer(2), integer(3)}, new Value[] {string("b"), string("c")});
    assertEquals("(2 :> \"b\" @@ 3 :> \"c\")", f.toString());
    assertEquals("TRUE", BoolValue.TRUE.toString());
    assertEquals("\"a\\\"b\\\\c\\n\"", string("a\"b\\c\n").toString());
    assertEquals("s1", ModelValue.of("s1").toString());
    assertEquals("1..3", Values.interval(1, 3).toString());
    assertEquals("{}", SetEnumValue.EMPTY.toString());
    assertEquals("<<>>", TupleValue.EMPTY.toString());
    assertEquals("{FALSE, TRUE}", Values.BOOLEAN.toString());
    assertEquals("SUBSET {1, 2}", SetOps.powerset(set(integer(1), integer(2))).toString());
  }

  @Test
  void recordFieldOrderCanFollowTheSpec() {
    FunctionValue r = RecordValue.of("mtype", integer(1), "dest", integer(2));
    List<String> specOrder = List.of("mtype", "dest");
    ValuePrinter printer = new ValuePrinter((a, b) -> Integer.compare(specOrder.indexOf(a), specOrder.indexOf(b)));
    assertEquals("[mtype |-> 1, dest |-> 2]", printer.print(r));
    assertEquals("[dest |-> 2, mtype |-> 1]", r.toString());
  }

  @Test
  void representationsOfTheSameValueAreEqualAndFingerprintEqually() {
    SetValue interval = Values.interval(1, 3);
    SetValue enumerated = set(integer(3), integer(2), integer(1));
    assertTrue(interval.tlcEquals(enumerated));
    assertEquals(interval.fingerprint(), enumerated.fingerprint());
    assertEquals(interval, enumerated);
    assertEquals(interval.hashCode(), enumerated.hashCode());

    FunctionValue fromFcn = FcnOps.of(new Value[] {integer(2), integer(1)}, new Value[] {string("y"), string("x")});
    assertInstanceOf(TupleValue.class, fromFcn);
    assertEquals(tuple(string("x"), string("y")), fromFcn);

    FunctionValue rcd = FcnOps.of(new Value[] {string("b"), string("a")}, new Value[] {integer(2), integer(1)});
    assertInstanceOf(RecordValue.class, rcd);
    assertEquals(RecordValue.of("a", integer(1), "b", integer(2)).fingerprint(), rcd.fingerprint());

    assertEquals(TupleValue.EMPTY, FcnOps.of(new Value[0], new Value[0]));
    SetValue subset = SetOps.powerset(Values.interval(1, 2));
    SetValue enumSubsets = set(SetEnumValue.EMPTY, set(integer(1)), set(integer(2)), set(integer(1), integer(2)));
    assertTrue(subset.tlcEquals(enumSubsets));
    assertEquals(subset.fingerprint(), enumSubsets.fingerprint());
    assertNotEquals(set(integer(1)).fingerprint(), tuple(integer(1)).fingerprint());
    assertNotEquals(tuple(integer(1), integer(2)).fingerprint(), tuple(integer(2), integer(1)).fingerprint());
    assertNotEquals(Values.interval(1, 0), set(integer(0)));
    assertEquals(Values.interval(5, 4), SetEnumValue.EMPTY);
  }

  @Test
  void tlcOrder() {
    assertTrue(BoolValue.FALSE.compareTo(BoolValue.TRUE) < 0);
    assertTrue(set(integer(9)).compareTo(set(integer(1), integer(2))) < 0, "sets compare by size first");
    assertTrue(set(integer(1), integer(3)).compareTo(set(integer(2), integer(3))) < 0);
    assertTrue(tuple(integer(5)).compareTo(tuple(integer(1), integer(1))) < 0);
    assertTrue(string("B").compareTo(string("a")) < 0);
    assertTrue(ModelValue.of("z").compareTo(integer(-5)) < 0, "untyped model values come first");
    assertEquals("{m, 1, 2}", set(integer(2), ModelValue.of("m"), integer(1)).toString());
  }

  @Test
  void tlcComparisonErrors() {
    ValueException e = assertThrows(ValueException.class, () -> integer(1).tlcEquals(string("a")));
    assertEquals("Attempted to check equality of integer 1 with non-integer:\n\"a\"", e.getMessage());
    e = assertThrows(ValueException.class, () -> set(integer(1), string("a")));
    assertEquals(ValueException.Kind.COMPARE, e.kind());
    assertTrue(e.getMessage().startsWith("Attempted to compare "), e.getMessage());
    e = assertThrows(ValueException.class, () -> string("a").tlcEquals(BoolValue.TRUE));
    assertEquals("Attempted to check equality of string \"a\" with non-string:\nTRUE", e.getMessage());
    e = assertThrows(ValueException.class, () -> set(integer(1)).tlcEquals(integer(1)));
    assertEquals("Attempted to check equality of the set {1} with the value:\n1", e.getMessage());
    e = assertThrows(ValueException.class, () -> RecordValue.of("a", integer(1)).tlcEquals(integer(1)));
    assertEquals("Attempted to check equality of record:\n[a |-> 1]\nwith non-record\n1", e.getMessage());
    e = assertThrows(ValueException.class, () -> RecordValue.of("a", integer(1)).compareTo(string("x")));
    assertEquals("Attempted to compare record:\n[a |-> 1]\nwith non-record\n\"x\"", e.getMessage());
    // Java equality never throws.
    assertNotEquals(integer(1), string("a"));
  }

  @Test
  void modelValues() {
    ModelValue a = ModelValue.of("a");
    assertFalse(a.tlcEquals(integer(1)));
    assertFalse(integer(1).tlcEquals(a));
    assertTrue(a.tlcEquals(ModelValue.of("a")));
    assertFalse(a.tlcEquals(ModelValue.of("b")));
    ModelValue typed = ModelValue.of("A_x");
    assertTrue(typed.isTyped());
    ValueException e = assertThrows(ValueException.class, () -> typed.tlcEquals(integer(1)));
    assertEquals("Attempted to check equality of typed model value A_x and non-model value\n1", e.getMessage());
    assertThrows(ValueException.class, () -> typed.tlcEquals(ModelValue.of("B_y")));
    assertFalse(typed.tlcEquals(ModelValue.of("A_y")));
    assertFalse(Values.interval(1, 3).contains(a));
    assertThrows(ValueException.class, () -> Values.interval(1, 3).contains(typed));
  }

  @Test
  void overflowAndArithmetic() {
    ValueException e = assertThrows(ValueException.class,
        () -> IntArith.add(integer(Integer.MAX_VALUE), integer(1)));
    assertEquals("Overflow when computing 2147483647+1", e.getMessage());
    assertEquals(ValueException.Kind.OVERFLOW, e.kind());
    assertThrows(ValueException.class, () -> IntArith.mul(integer(65536), integer(65536)));
    assertThrows(ValueException.class, () -> IntArith.pow(integer(2), integer(31)));
    assertEquals(integer(1 << 30), IntArith.pow(integer(2), integer(30)));
    assertEquals(integer(-1), IntArith.pow(integer(-1), integer(Integer.MAX_VALUE)));
    assertEquals(integer(-2), IntArith.div(integer(-3), integer(2)));
    assertEquals(integer(1), IntArith.mod(integer(-3), integer(2)));
    assertEquals("The second argument of \\div is 0.",
        assertThrows(ValueException.class, () -> IntArith.div(integer(1), integer(0))).getMessage());
    assertThrows(ValueException.class, () -> IntArith.mod(integer(1), integer(0)));
    assertThrows(ValueException.class, () -> IntArith.neg(integer(Integer.MIN_VALUE)));
  }

  @Test
  void infiniteSets() {
    assertTrue(InfiniteSetValue.NAT.contains(integer(0)));
    assertFalse(InfiniteSetValue.NAT.contains(integer(-1)));
    assertTrue(InfiniteSetValue.INT.contains(integer(-1)));
    assertTrue(InfiniteSetValue.STRING.contains(string("x")));
    ValueException e = assertThrows(ValueException.class, () -> InfiniteSetValue.NAT.contains(string("none")));
    assertEquals("Attempted to check if the value:\n\"none\"\nis an element of Nat.", e.getMessage());
    e = assertThrows(ValueException.class, () -> InfiniteSetValue.NAT.iterator());
    assertEquals("TLC encountered a non-enumerable quantifier bound\nNat.", e.getMessage());
    assertEquals(ValueException.Kind.NOT_ENUMERABLE, e.kind());
    SeqSetValue seqs = new SeqSetValue(set(integer(1)));
    assertTrue(seqs.contains(tuple(integer(1), integer(1))));
    assertTrue(seqs.contains(TupleValue.EMPTY));
    assertFalse(seqs.contains(tuple(integer(2))));
    assertTrue(SetOps.isSubset(Values.interval(0, 4), InfiniteSetValue.NAT));
    assertFalse(InfiniteSetValue.NAT.isEmpty());
    assertFalse(seqs.isEmpty());
    assertTrue(Values.interval(3, 2).isEmpty());
  }

  @Test
  void functionsApplicationAndUpdate() {
    FunctionValue f = FcnOps.of(new Value[] {integer(2), integer(3)}, new Value[] {string("b"), string("c")});
    assertEquals(string("b"), f.apply(integer(2)));
    ValueException e = assertThrows(ValueException.class, () -> f.apply(integer(7)));
    assertEquals("Attempted to apply function:\n(2 :> \"b\" @@ 3 :> \"c\")\nto argument 7, which is not in the "
        + "domain of the function.", e.getMessage());
    FunctionValue g = FcnOps.except(f, integer(3), string("z"));
    assertEquals("(2 :> \"b\" @@ 3 :> \"z\")", g.toString());
    assertEquals(f, FcnOps.except(f, integer(9), string("z")));
    FunctionValue merged = FcnOps.merge(FcnOps.singleton(integer(1), string("a")), f);
    assertEquals(tuple(string("a"), string("b"), string("c")), merged);
    assertEquals(Values.interval(1, 3), merged.domain());
    FunctionValue rec = RecordValue.of("a", integer(1), "b", integer(2));
    assertEquals("[a |-> 1, b |-> 5]", FcnOps.except(rec, string("b"), integer(5)).toString());
    assertEquals(rec, FcnOps.except(rec, string("zz"), integer(5)));
    assertEquals(tuple(integer(9), integer(2)), FcnOps.except(tuple(integer(1), integer(2)), integer(1), integer(9)));
    assertEquals(tuple(integer(1)), FcnOps.except(tuple(integer(1)), integer(3), integer(9)));
    assertThrows(ValueException.class, () -> FcnOps.except(tuple(integer(1)), string("x"), integer(9)));
    FunctionValue r = RecordValue.of("a", integer(1));
    e = assertThrows(ValueException.class, () -> r.apply(string("b")));
    assertEquals("Attempted to apply record:\n[a |-> 1]\nto nonexistent record field b.", e.getMessage());
    e = assertThrows(ValueException.class,
        () -> FcnOps.of(new Value[] {integer(1), integer(1)}, new Value[] {integer(1), integer(2)}));
    assertEquals(ValueException.Kind.DUPLICATE_DOMAIN, e.kind());
  }

  @Test
  void sequences() {
    TupleValue s = tuple(integer(1), integer(2), integer(3));
    assertEquals(3, SeqOps.len(s));
    assertEquals(tuple(integer(1), integer(2), integer(3), integer(4)), SeqOps.append(s, integer(4)));
    assertEquals(integer(1), SeqOps.head(s));
    assertEquals(tuple(integer(2), integer(3)), SeqOps.tail(s));
    assertEquals(tuple(integer(2), integer(3)), SeqOps.subSeq(s, 2, 3));
    assertEquals(TupleValue.EMPTY, SeqOps.subSeq(s, 3, 2));
    assertEquals(6, SeqOps.len(SeqOps.concat(s, s)));
    assertEquals("Attempted to apply Head to the empty sequence.",
        assertThrows(ValueException.class, () -> SeqOps.head(TupleValue.EMPTY)).getMessage());
    assertEquals("The first argument of Len should be a sequence, but instead it is:\n1",
        assertThrows(ValueException.class, () -> SeqOps.len(integer(1))).getMessage());
  }

  @Test
  void lazySetsEnumerateInCanonicalOrder() {
    SetValue[] sets = {
        SetOps.powerset(set(integer(1), integer(2), integer(3))),
        new FcnSetValue(set(integer(1), integer(2)), set(string("a"), string("b"), string("c"))),
        new RecordSetValue(new String[] {"y", "x"}, new SetValue[] {Values.BOOLEAN, Values.interval(1, 2)}),
        new ProductSetValue(List.of(Values.interval(1, 2), Values.BOOLEAN, set(string("q")))),
        SetOps.permutations(set(ModelValue.of("p"), ModelValue.of("q"), ModelValue.of("r"))),
    };
    int[] sizes = {8, 9, 4, 4, 6};
    for (int k = 0; k < sets.length; k++) {
      SetValue s = sets[k];
      List<Value> seen = new ArrayList<>();
      for (Value v : s) {
        assertTrue(s.contains(v), s + " contains " + v);
        if (!seen.isEmpty()) {
          assertTrue(seen.get(seen.size() - 1).compareTo(v) < 0, "ascending at " + v + " in " + s);
        }
        seen.add(v);
      }
      assertEquals(sizes[k], seen.size());
      assertEquals(sizes[k], s.size());
      assertEquals(SetEnumValue.of(seen).fingerprint(), s.fingerprint());
      assertTrue(s.tlcEquals(SetEnumValue.of(seen)));
    }
    assertTrue(sets[1].contains(FcnOps.of(new Value[] {integer(1), integer(2)},
        new Value[] {string("c"), string("a")})));
    assertFalse(sets[1].contains(tuple(string("a"))));
    assertEquals(1, new FcnSetValue(SetEnumValue.EMPTY, Values.interval(1, 3)).size());
    assertEquals(0, new FcnSetValue(Values.interval(1, 3), SetEnumValue.EMPTY).size());
    assertFalse(new FcnSetValue(Values.interval(1, 3), SetEnumValue.EMPTY).iterator().hasNext());
    ValueException e = assertThrows(ValueException.class,
        () -> SetOps.powerset(Values.interval(1, 40)).size());
    assertTrue(e.getMessage().startsWith("Overflow when computing the number of elements in:\nSUBSET 1..40"));
  }

  @Test
  void setAlgebra() {
    SetValue a = Values.interval(1, 4);
    SetValue b = set(integer(3), integer(4), integer(5));
    assertEquals(Values.interval(1, 5), SetOps.union(a, b));
    assertEquals(set(integer(3), integer(4)), SetOps.intersect(a, b));
    assertEquals(set(integer(1), integer(2)), SetOps.difference(a, b));
    assertTrue(SetOps.isSubset(set(integer(2)), a));
    assertFalse(SetOps.isSubset(b, a));
    assertEquals(set(integer(1), integer(2), integer(3)),
        SetOps.unionAll(set(set(integer(1)), set(integer(2), integer(3)))));
    SetValue lazy = SetOps.union(InfiniteSetValue.NAT, set(integer(-1)));
    assertTrue(lazy.contains(integer(-1)));
    assertFalse(lazy.contains(integer(-2)));
    assertThrows(ValueException.class, lazy::iterator);
    assertEquals(set(integer(0), integer(1)), SetOps.intersect(InfiniteSetValue.NAT, Values.interval(-1, 1)));
  }

  @Test
  void comprehensionChooseAndRange() {
    SetValue s = Values.interval(1, 6);
    assertEquals(set(integer(2), integer(4), integer(6)), SetOps.filter(s, v -> ((IntValue) v).val() % 2 == 0));
    assertEquals(set(integer(0), integer(1)), SetOps.map(s, v -> integer(((IntValue) v).val() % 2)));
    // CHOOSE depends on the set, not on its representation.
    SetValue subsets = SetOps.powerset(set(integer(1), integer(2), integer(3)));
    Value chosen = SetOps.choose(subsets, v -> ((SetValue) v).size() == 2);
    assertEquals(set(integer(1), integer(2)), chosen);
    assertEquals(chosen, SetOps.choose(subsets.toEnum(), v -> ((SetValue) v).size() == 2));
    ValueException e = assertThrows(ValueException.class, () -> SetOps.choose(s, v -> false));
    assertEquals("Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element "
        + "of S satisfied P.", e.getMessage());
    FunctionValue f = FcnOps.of(new Value[] {string("a"), string("b")}, new Value[] {integer(2), integer(2)});
    assertEquals(set(integer(2)), FcnOps.range(f));
    assertEquals(tuple(integer(2), integer(4)), SeqOps.selectSeq(tuple(integer(1), integer(2), integer(4)),
        v -> ((IntValue) v).val() % 2 == 0));
    assertTrue(SeqOps.seqSet(Values.BOOLEAN).contains(tuple(BoolValue.TRUE)));
  }
}

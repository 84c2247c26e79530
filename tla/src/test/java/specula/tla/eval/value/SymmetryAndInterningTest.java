package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.set;
import static specula.tla.eval.value.Values.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SymmetryAndInterningTest {
  private final ModelValue a = ModelValue.of("a");
  private final ModelValue b = ModelValue.of("b");

  @Test
  void permutingRenormalisesSetsAndDomains() {
    Map<ModelValue, Value> swap = Map.of(a, b, b, a);
    Value f = FcnOps.of(new Value[] {a, b}, new Value[] {integer(1), set(a)});
    Value img = Symmetry.permute(f, swap);
    assertEquals("(a :> {b} @@ b :> 1)", img.toString());
    assertEquals(f, Symmetry.permute(img, swap));
    assertEquals("{<<b, 1>>, <<c, 2>>}", Symmetry.permute(set(tuple(a, integer(1)), tuple(ModelValue.of("c"),
        integer(2))), swap).toString());
    assertEquals("SUBSET {a, b}", Symmetry.permute(SetOps.powerset(set(a, b)), swap).toString());
  }

  @Test
  void symmetricStatesShareTheirCanonicalFingerprint() {
    List<Map<ModelValue, Value>> perms = Symmetry.asMaps(SetOps.permutations(set(a, b)));
    assertEquals(2, perms.size());
    Value[] s1 = {a, set(a), integer(0)};
    Value[] s2 = {b, set(b), integer(0)};
    Value[] s3 = {a, set(b), integer(0)};
    assertNotEquals(Fingerprint.ofState(s1), Fingerprint.ofState(s2));
    assertEquals(Symmetry.canonicalFingerprint(s1, perms), Symmetry.canonicalFingerprint(s2, perms));
    assertNotEquals(Symmetry.canonicalFingerprint(s1, perms), Symmetry.canonicalFingerprint(s3, perms));
    assertThrows(ValueException.class, () -> Symmetry.asMaps(SetOps.permutations(Values.interval(1, 2))));
  }

  @Test
  void stateFingerprintDependsOnVariableOrder() {
    assertNotEquals(Fingerprint.ofState(new Value[] {integer(1), integer(2)}),
        Fingerprint.ofState(new Value[] {integer(2), integer(1)}));
    assertEquals(Fingerprint.ofState(new Value[] {Values.interval(1, 2)}),
        Fingerprint.ofState(new Value[] {set(integer(2), integer(1))}));
  }

  @Test
  void interningSharesInstances() {
    ValueInterner in = new ValueInterner();
    assertSame(in.string("x"), in.string("x"));
    assertSame(in.model("m"), in.model("m"));
    assertEquals(2, in.size());
    assertSame(IntValue.of(7), IntValue.of(7));
  }
}

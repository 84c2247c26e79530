package specula.tla.eval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.eval.value.Values.integer;
import static specula.tla.eval.value.Values.set;
import static specula.tla.eval.value.Values.string;
import static specula.tla.eval.value.Values.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermutationGroupTest {
  private final ModelValue a = ModelValue.of("a");
  private final ModelValue b = ModelValue.of("b");
  private final ModelValue c = ModelValue.of("c");
  private final ModelValue x = ModelValue.of("x");
  private final ModelValue y = ModelValue.of("y");
  /** Never moved by the groups below. */
  private final ModelValue fixed = ModelValue.of("z");

  /** Perm({a, b, c}) x Perm({x, y}): all twelve elements, as TLC's subgroup closure would give them. */
  private List<Map<ModelValue, Value>> productGroup() {
    List<Map<ModelValue, Value>> out = new ArrayList<>();
    for (Map<ModelValue, Value> p : Symmetry.asMaps(SetOps.permutations(set(a, b, c)))) {
      for (Map<ModelValue, Value> q : Symmetry.asMaps(SetOps.permutations(set(x, y)))) {
        Map<ModelValue, Value> m = new HashMap<>(p);
        m.putAll(q);
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void productGroupAgreesWithTheImageBuildingReduction() {
    // Full symmetric product: reduced through the signature labelling.
    assertAgreesWithReference(productGroup(), 12);
  }

  @Test
  void cyclicGroupAgreesWithTheImageBuildingReduction() {
    // Rotations of a, b, c only: not a full symmetric group, so every element is tried.
    Map<ModelValue, Value> rotate = Map.of(a, b, b, c, c, a);
    Map<ModelValue, Value> back = Map.of(a, c, b, a, c, b);
    assertAgreesWithReference(List.of(Map.of(), rotate, back), 3);
  }

  private void assertAgreesWithReference(List<Map<ModelValue, Value>> maps, int size) {
    PermutationGroup group = PermutationGroup.of(maps);
    assertEquals(size, group.size());
    Random rnd = new Random(42);
    List<Value[]> states = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      states.add(new Value[] {random(rnd, 3), random(rnd, 2)});
    }
    Map<Long, Long> newToOld = new HashMap<>();
    Set<Long> oldSeen = new HashSet<>();
    for (Value[] s : states) {
      long reference = Symmetry.canonicalFingerprint(s, maps);
      long fast = group.canonicalFingerprint(s);
      Long before = newToOld.putIfAbsent(fast, reference);
      assertEquals(before == null ? reference : before, reference, "one fast class, two reference classes");
      oldSeen.add(reference);
      for (Map<ModelValue, Value> p : maps) {
        Value[] img = {Symmetry.permute(s[0], p), Symmetry.permute(s[1], p)};
        assertEquals(fast, group.canonicalFingerprint(img), "an image of a state lies in its orbit");
      }
    }
    // As many classes as the reference: none merged (checked above) and none split.
    assertEquals(oldSeen.size(), newToOld.size());
    assertTrue(oldSeen.size() > 20 && oldSeen.size() < states.size(), "sample has both repeats and variety");
  }

  @Test
  void separatesStatesOutsideOneOrbit() {
    PermutationGroup group = PermutationGroup.of(productGroup());
    Value[] s1 = {FcnOps.of(new Value[] {a, b}, new Value[] {x, y}), set(a)};
    Value[] s2 = {FcnOps.of(new Value[] {b, a}, new Value[] {x, y}), set(b)};
    // Swapping a with b and x with y maps s1 to itself, so only an element outside the domain leaves the orbit.
    Value[] s3 = {FcnOps.of(new Value[] {a, b}, new Value[] {x, y}), set(c)};
    assertEquals(group.canonicalFingerprint(s1), group.canonicalFingerprint(s2));
    assertNotEquals(group.canonicalFingerprint(s1), group.canonicalFingerprint(s3));
    Value[] withSeqs = {new SeqSetValue(set(a)), integer(1)};
    Value[] withOtherSeqs = {new SeqSetValue(set(c)), integer(1)};
    Value[] withFixedSeqs = {new SeqSetValue(set(fixed)), integer(1)};
    assertEquals(group.canonicalFingerprint(withSeqs), group.canonicalFingerprint(withOtherSeqs));
    assertNotEquals(group.canonicalFingerprint(withSeqs), group.canonicalFingerprint(withFixedSeqs));
  }

  @Test
  void rejectsPermutationsOfNonModelValues() {
    assertThrows(ValueException.class, () -> PermutationGroup.of(List.of(Map.of(a, integer(1)))));
  }

  private Value random(Random rnd, int depth) {
    int k = rnd.nextInt(depth <= 0 ? 3 : 8);
    return switch (k) {
      case 0 -> List.of(a, b, c, x, y, fixed).get(rnd.nextInt(6));
      case 1 -> integer(rnd.nextInt(2));
      case 2 -> string(rnd.nextBoolean() ? "s" : "t");
      case 3, 4 -> {
        // Elements of one shape, as TLC cannot order strings against records and the like.
        int n = rnd.nextInt(3);
        int shape = rnd.nextInt(3);
        Value[] es = new Value[n];
        for (int i = 0; i < n; i++) {
          ModelValue m = List.of(a, b, c, x, fixed).get(rnd.nextInt(5));
          es[i] = switch (shape) {
            case 0 -> m;
            case 1 -> tuple(m, integer(rnd.nextInt(2)));
            default -> set(m, List.of(a, y).get(rnd.nextInt(2)));
          };
        }
        yield set(es);
      }
      case 5 -> tuple(random(rnd, depth - 1), random(rnd, depth - 1));
      case 6 -> FcnOps.of(new Value[] {string("f"), string("g")},
          new Value[] {random(rnd, depth - 1), random(rnd, depth - 1)});
      default -> {
        // A function over some model values; distinct domain elements by construction.
        List<ModelValue> dom = new ArrayList<>(List.of(a, b, x, fixed));
        java.util.Collections.shuffle(dom, rnd);
        int n = 1 + rnd.nextInt(2);
        Value[] d = new Value[n];
        Value[] v = new Value[n];
        for (int i = 0; i < n; i++) {
          d[i] = dom.get(i);
          v[i] = random(rnd, depth - 1);
        }
        yield FcnOps.of(d, v);
      }
    };
  }
}

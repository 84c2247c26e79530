package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finite group of model-value permutations, prepared once per model for symmetry reduction. The model values
 * any permutation moves are numbered; each permutation becomes an {@code int[]} from number to number, so
 * renaming is an array lookup instead of a map probe.
 *
 * <p>{@link #canonicalFingerprint} plays the role of TLC's "smallest fingerprint over all permuted images" but
 * never builds the images: the state is compiled once into a tree whose parts without moved model values are
 * constants (their ordinary cached fingerprints), and that tree is hashed under each permutation. Sets, and
 * functions whose domain contains moved model values, are hashed order-independently (a sum of mixed element
 * hashes), so the images need no re-sorting. The result is an orbit invariant that separates orbits with
 * fingerprint-collision probability only, hence the same distinct-state counts as TLC, though not the same
 * numbers as the unreduced fingerprint.
 */
public final class PermutationGroup {
  private static final long STATE_SEED = 0x3C6EF372FE94F82BL;
  private static final long SET_SEED = 0xA54FF53A5F1D36F1L;
  private static final long FCN_SEED = 0x510E527FADE682D1L;
  private static final long PAIR_SEED = 0x9B05688C2B3E6C1FL;
  private static final long FIXED_SEED = 0x1F83D9ABFB41BD6BL;

  private final Map<ModelValue, Integer> index;
  private final long[] valueFp;
  private final int[][] perms;
  /** The map form of each element, keyed by its array form, for the rare values renamed structurally. */
  private final Map<int[], Map<ModelValue, Value>> mapOf = new IdentityHashMap<>();

  private PermutationGroup(Map<ModelValue, Integer> index, long[] valueFp, int[][] perms,
                           List<Map<ModelValue, Value>> maps) {
    this.index = index;
    this.valueFp = valueFp;
    this.perms = perms;
    for (int k = 0; k < perms.length; k++) {
      mapOf.put(perms[k], maps.get(k));
    }
  }

  /**
   * The group given by its elements as maps (entries mapping a value to itself may be omitted); the identity is
   * always included whether listed or not.
   */
  public static PermutationGroup of(List<? extends Map<ModelValue, ? extends Value>> elements) {
    Map<ModelValue, Integer> index = new HashMap<>();
    List<ModelValue> moved = new ArrayList<>();
    for (Map<ModelValue, ? extends Value> p : elements) {
      p.forEach((k, v) -> {
        if (!k.equals(v)) {
          number(index, moved, k);
          number(index, moved, asModelValue(v));
        }
      });
    }
    long[] fps = new long[moved.size()];
    for (int i = 0; i < fps.length; i++) {
      fps[i] = moved.get(i).fingerprint();
    }
    List<int[]> perms = new ArrayList<>();
    List<Map<ModelValue, Value>> maps = new ArrayList<>();
    int[] identity = new int[fps.length];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    perms.add(identity);
    maps.add(Map.of());
    for (Map<ModelValue, ? extends Value> p : elements) {
      int[] a = identity.clone();
      Map<ModelValue, Value> m = new HashMap<>();
      p.forEach((k, v) -> {
        if (!k.equals(v)) {
          a[index.get(k)] = index.get(asModelValue(v));
          m.put(k, v);
        }
      });
      if (!m.isEmpty()) {
        perms.add(a);
        maps.add(m);
      }
    }
    return new PermutationGroup(index, fps, perms.toArray(new int[0][]), maps);
  }

  private static void number(Map<ModelValue, Integer> index, List<ModelValue> moved, ModelValue m) {
    if (index.putIfAbsent(m, moved.size()) == null) {
      moved.add(m);
    }
  }

  private static ModelValue asModelValue(Value v) {
    if (v instanceof ModelValue m) {
      return m;
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE,
        "The symmetry set must contain permutations of model values, but found\n" + ValuePrinter.DEFAULT.print(v));
  }

  /** Number of elements, the identity included. */
  public int size() {
    return perms.length;
  }

  /** The smallest hash of the state's images under the group: equal exactly for states in the same orbit. */
  public long canonicalFingerprint(Value[] vars) {
    Node[] nodes = new Node[vars.length];
    for (int i = 0; i < vars.length; i++) {
      nodes[i] = compile(vars[i]);
    }
    long best = Long.MAX_VALUE;
    for (int[] p : perms) {
      long fp = STATE_SEED;
      for (Node n : nodes) {
        fp = Fingerprint.extend(fp, n.hash(p));
      }
      best = Math.min(best, fp);
    }
    return best;
  }

  /** The value as a hashing tree; {@link Const} for every part holding no moved model value. */
  private Node compile(Value v) {
    if (v instanceof ModelValue m) {
      Integer i = index.get(m);
      return i == null ? new Const(m.fingerprint()) : new Moved(i);
    }
    if (v instanceof BoolValue || v instanceof IntValue || v instanceof StringValue || v instanceof IntervalValue) {
      return new Const(v.fingerprint());
    }
    if (v instanceof SetValue s) {
      return compileSet(s);
    }
    FunctionValue f = v instanceof LazyFunctionValue lazy ? lazy.materialize() : (FunctionValue) v;
    int n = f.size();
    Node[] dom = new Node[n];
    Node[] vals = new Node[n];
    boolean constDom = true;
    boolean constVals = true;
    for (int i = 0; i < n; i++) {
      dom[i] = compile(f.domainAt(i));
      vals[i] = compile(f.valueAt(i));
      constDom &= dom[i] instanceof Const;
      constVals &= vals[i] instanceof Const;
    }
    if (constDom && constVals) {
      return new Const(f.fingerprint());
    }
    if (constDom) {
      // The domain order survives every permutation, so an order-sensitive hash over it is well defined.
      long seed = Fingerprint.extend(FIXED_SEED, n);
      for (Node d : dom) {
        seed = Fingerprint.extend(seed, ((Const) d).fp());
      }
      return new FixedDomainFcn(seed, vals);
    }
    return new MovedDomainFcn(dom, vals);
  }

  private Node compileSet(SetValue s) {
    if (!s.isEnumerable()) {
      // Seq(S), Nat and the like: rare in states; rename structurally and use the ordinary fingerprint.
      return new Opaque(s);
    }
    SetEnumValue e = s instanceof SetEnumValue se ? se : s.toEnum();
    Node[] elems = new Node[e.size()];
    boolean constant = true;
    for (int i = 0; i < elems.length; i++) {
      elems[i] = compile(e.get(i));
      constant &= elems[i] instanceof Const;
    }
    return constant ? new Const(s.fingerprint()) : new SetNode(elems);
  }

  private sealed interface Node permits Const, Moved, SetNode, FixedDomainFcn, MovedDomainFcn, Opaque {
    long hash(int[] perm);
  }

  private record Const(long fp) implements Node {
    @Override
    public long hash(int[] perm) {
      return fp;
    }
  }

  private final class Moved implements Node {
    private final int index;

    Moved(int index) {
      this.index = index;
    }

    @Override
    public long hash(int[] perm) {
      return valueFp[perm[index]];
    }
  }

  private record SetNode(Node[] elems) implements Node {
    @Override
    public long hash(int[] perm) {
      long sum = 0;
      for (Node e : elems) {
        sum += Fingerprint.mix(e.hash(perm));
      }
      return Fingerprint.extend(Fingerprint.extend(SET_SEED, elems.length), sum);
    }
  }

  private record FixedDomainFcn(long seed, Node[] vals) implements Node {
    @Override
    public long hash(int[] perm) {
      long fp = seed;
      for (Node v : vals) {
        fp = Fingerprint.extend(fp, v.hash(perm));
      }
      return fp;
    }
  }

  private record MovedDomainFcn(Node[] dom, Node[] vals) implements Node {
    @Override
    public long hash(int[] perm) {
      long sum = 0;
      for (int i = 0; i < dom.length; i++) {
        sum += Fingerprint.extend(Fingerprint.extend(PAIR_SEED, dom[i].hash(perm)), vals[i].hash(perm));
      }
      return Fingerprint.extend(Fingerprint.extend(FCN_SEED, dom.length), sum);
    }
  }

  /** A non-enumerable set: renamed through the map form of the permutation, then fingerprinted as usual. */
  private final class Opaque implements Node {
    private final SetValue set;

    Opaque(SetValue set) {
      this.set = set;
    }

    @Override
    public long hash(int[] perm) {
      Map<ModelValue, Value> m = mapOf.get(perm);
      if (m == null) {
        throw new IllegalArgumentException("not an element of this group");
      }
      return Symmetry.permute(set, m).fingerprint();
    }
  }
}

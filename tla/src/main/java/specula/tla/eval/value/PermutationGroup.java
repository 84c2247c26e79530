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
  private static final long ANON_SEED = 0x5BE0CD19137E2179L;
  private static final long MARK = 0xCBBB9D5DC1059ED8L;

  private final Map<ModelValue, Integer> index;
  private final long[] valueFp;
  /** The map form of each element, keyed by its array form, for the rare values renamed structurally. */
  private final Map<long[], Map<ModelValue, Value>> mapOf = new IdentityHashMap<>();
  /** Per element, the fingerprint of each numbered model value's image. */
  private final long[][] imageFps;
  /**
   * The orbits of the numbered model values (members in number order) when the group is the full product of
   * their symmetric groups, as {@code Permutations(A) \cup Permutations(B)} gives; null otherwise.
   */
  private final int[][] orbits;
  private final int[] orbitOf;

  private PermutationGroup(Map<ModelValue, Integer> index, long[] valueFp, int[][] perms,
                           List<Map<ModelValue, Value>> maps) {
    this.index = index;
    this.valueFp = valueFp;
    this.imageFps = new long[perms.length][];
    for (int k = 0; k < perms.length; k++) {
      imageFps[k] = new long[valueFp.length];
      for (int i = 0; i < valueFp.length; i++) {
        imageFps[k][i] = valueFp[perms[k][i]];
      }
      mapOf.put(imageFps[k], maps.get(k));
    }
    this.orbitOf = orbitNumbers(perms, valueFp.length);
    this.orbits = fullSymmetricProduct(orbitOf, perms.length);
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
    return imageFps.length;
  }

  /** Orbit number of each numbered model value. */
  private static int[] orbitNumbers(int[][] perms, int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[] p : perms) {
      for (int i = 0; i < n; i++) {
        int r1 = root(parent, i);
        int r2 = root(parent, p[i]);
        parent[Math.max(r1, r2)] = Math.min(r1, r2);
      }
    }
    int[] orbit = new int[n];
    int[] number = new int[n];
    java.util.Arrays.fill(number, -1);
    int count = 0;
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      if (number[r] < 0) {
        number[r] = count++;
      }
      orbit[i] = number[r];
    }
    return orbit;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /** The orbits, if the group has exactly the product of their factorials as elements; else null. */
  private static int[][] fullSymmetricProduct(int[] orbitOf, int groupSize) {
    int count = 0;
    for (int o : orbitOf) {
      count = Math.max(count, o + 1);
    }
    int[] sizes = new int[count];
    for (int o : orbitOf) {
      sizes[o]++;
    }
    long product = 1;
    for (int size : sizes) {
      for (int f = 2; f <= size; f++) {
        product *= f;
        if (product > groupSize) {
          return null;
        }
      }
    }
    if (product != groupSize) {
      return null;
    }
    int[][] orbits = new int[count][];
    int[] filled = new int[count];
    for (int o = 0; o < count; o++) {
      orbits[o] = new int[sizes[o]];
    }
    for (int i = 0; i < orbitOf.length; i++) {
      orbits[orbitOf[i]][filled[orbitOf[i]]++] = i;
    }
    return orbits;
  }

  /** The smallest hash of the state's images under the group: equal exactly for states in the same orbit. */
  public long canonicalFingerprint(Value[] vars) {
    Node[] nodes = new Node[vars.length];
    boolean[] opaque = new boolean[1];
    for (int i = 0; i < vars.length; i++) {
      nodes[i] = compile(vars[i], opaque);
    }
    if (orbits != null && !opaque[0]) {
      return new Labelling(nodes).canonical();
    }
    long best = Long.MAX_VALUE;
    for (long[] mv : imageFps) {
      best = Math.min(best, hashState(nodes, mv));
    }
    return best;
  }

  private static long hashState(Node[] nodes, long[] mv) {
    long fp = STATE_SEED;
    for (Node n : nodes) {
      fp = Fingerprint.extend(fp, n.hash(mv));
    }
    return fp;
  }

  /**
   * Canonical labelling for a full symmetric product group (individualisation, one round): each model value
   * gets a signature, the state's hash with that value marked and every other value of its orbit anonymous,
   * which a permutation carries along with the value. Only the elements sending each orbit, sorted by
   * signature, onto the orbit in number order are tried; for a permuted state exactly the same images come
   * out, so the minimum is still an orbit invariant, and with distinct signatures one image is enough.
   */
  private final class Labelling {
    private final Node[] nodes;
    private final long[] mv = new long[valueFp.length];
    private long best = Long.MAX_VALUE;

    Labelling(Node[] nodes) {
      this.nodes = nodes;
    }

    long canonical() {
      long[] anonymous = new long[valueFp.length];
      for (int i = 0; i < anonymous.length; i++) {
        anonymous[i] = Fingerprint.extend(ANON_SEED, orbitOf[i]);
      }
      long[] sig = new long[valueFp.length];
      for (int i = 0; i < sig.length; i++) {
        long saved = anonymous[i];
        anonymous[i] = MARK;
        sig[i] = hashState(nodes, anonymous);
        anonymous[i] = saved;
      }
      List<int[]> runs = new ArrayList<>();
      List<int[]> slots = new ArrayList<>();
      for (int[] orbit : orbits) {
        Integer[] bySig = new Integer[orbit.length];
        for (int j = 0; j < orbit.length; j++) {
          bySig[j] = orbit[j];
        }
        java.util.Arrays.sort(bySig, (p, q) -> Long.compare(sig[p], sig[q]));
        for (int start = 0; start < bySig.length; ) {
          int end = start + 1;
          while (end < bySig.length && sig[bySig[end]] == sig[bySig[start]]) {
            end++;
          }
          int[] run = new int[end - start];
          int[] target = new int[end - start];
          for (int j = start; j < end; j++) {
            run[j - start] = bySig[j];
            target[j - start] = orbit[j];
          }
          runs.add(run);
          slots.add(target);
          start = end;
        }
      }
      assign(runs, slots, 0, 0);
      return best;
    }

    /** Tries every arrangement of run {@code r} from position {@code j} on, then of the later runs. */
    private void assign(List<int[]> runs, List<int[]> slots, int r, int j) {
      if (r == runs.size()) {
        best = Math.min(best, hashState(nodes, mv));
        return;
      }
      int[] run = runs.get(r);
      if (j == run.length) {
        assign(runs, slots, r + 1, 0);
        return;
      }
      int[] target = slots.get(r);
      for (int k = j; k < run.length; k++) {
        swap(run, j, k);
        mv[run[j]] = valueFp[target[j]];
        assign(runs, slots, r, j + 1);
        swap(run, j, k);
      }
    }

    private static void swap(int[] a, int i, int j) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** The value as a hashing tree; {@link Const} for every part holding no moved model value. */
  private Node compile(Value v, boolean[] opaque) {
    if (v instanceof ModelValue m) {
      Integer i = index.get(m);
      return i == null ? new Const(m.fingerprint()) : new Moved(i);
    }
    if (v instanceof BoolValue || v instanceof IntValue || v instanceof StringValue || v instanceof IntervalValue) {
      return new Const(v.fingerprint());
    }
    if (v instanceof SetValue s) {
      return compileSet(s, opaque);
    }
    FunctionValue f = v instanceof LazyFunctionValue lazy ? lazy.materialize() : (FunctionValue) v;
    int n = f.size();
    Node[] dom = new Node[n];
    Node[] vals = new Node[n];
    boolean constDom = true;
    boolean constVals = true;
    for (int i = 0; i < n; i++) {
      dom[i] = compile(f.domainAt(i), opaque);
      vals[i] = compile(f.valueAt(i), opaque);
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

  private Node compileSet(SetValue s, boolean[] opaque) {
    if (!s.isEnumerable()) {
      // Seq(S), Nat and the like: rare in states; rename structurally and use the ordinary fingerprint.
      opaque[0] = true;
      return new Opaque(s);
    }
    SetEnumValue e = s instanceof SetEnumValue se ? se : s.toEnum();
    Node[] elems = new Node[e.size()];
    boolean constant = true;
    for (int i = 0; i < elems.length; i++) {
      elems[i] = compile(e.get(i), opaque);
      constant &= elems[i] instanceof Const;
    }
    return constant ? new Const(s.fingerprint()) : new SetNode(elems);
  }

  private sealed interface Node permits Const, Moved, SetNode, FixedDomainFcn, MovedDomainFcn, Opaque {
    long hash(long[] mv);
  }

  private record Const(long fp) implements Node {
    @Override
    public long hash(long[] mv) {
      return fp;
    }
  }

  private final class Moved implements Node {
    private final int index;

    Moved(int index) {
      this.index = index;
    }

    @Override
    public long hash(long[] mv) {
      return mv[index];
    }
  }

  private record SetNode(Node[] elems) implements Node {
    @Override
    public long hash(long[] mv) {
      long sum = 0;
      for (Node e : elems) {
        sum += Fingerprint.mix(e.hash(mv));
      }
      return Fingerprint.extend(Fingerprint.extend(SET_SEED, elems.length), sum);
    }
  }

  private record FixedDomainFcn(long seed, Node[] vals) implements Node {
    @Override
    public long hash(long[] mv) {
      long fp = seed;
      for (Node v : vals) {
        fp = Fingerprint.extend(fp, v.hash(mv));
      }
      return fp;
    }
  }

  private record MovedDomainFcn(Node[] dom, Node[] vals) implements Node {
    @Override
    public long hash(long[] mv) {
      long sum = 0;
      for (int i = 0; i < dom.length; i++) {
        sum += Fingerprint.extend(Fingerprint.extend(PAIR_SEED, dom[i].hash(mv)), vals[i].hash(mv));
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
    public long hash(long[] mv) {
      Map<ModelValue, Value> m = mapOf.get(mv);
      if (m == null) {
        throw new IllegalArgumentException("not an element of this group");
      }
      return Symmetry.permute(set, m).fingerprint();
    }
  }
}

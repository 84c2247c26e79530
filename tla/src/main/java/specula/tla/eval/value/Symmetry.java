package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renaming model values inside values, for symmetry reduction: TLC reduces a state to the permutation image with the
 * smallest fingerprint. Sets and function domains are re-normalised after renaming since the order may change.
 */
public final class Symmetry {
  private Symmetry() {
  }

  /** The image of {@code v} under the model-value permutation {@code perm} (values not in the map are kept). */
  public static Value permute(Value v, Map<ModelValue, ? extends Value> perm) {
    if (v instanceof ModelValue m) {
      Value img = perm.get(m);
      return img == null ? m : img;
    }
    if (v instanceof BoolValue || v instanceof IntValue || v instanceof StringValue) {
      return v;
    }
    if (v instanceof SetValue s) {
      return permuteSet(s, perm);
    }
    FunctionValue f = (FunctionValue) v;
    if (f instanceof LazyFunctionValue lazy) {
      f = lazy.materialize();
    }
    // Parts without permuted model values come back as the same objects; a value all of whose parts do is
    // returned itself, keeping its cached fingerprint and sparing a re-normalisation.
    if (f instanceof TupleValue t) {
      Value[] out = new Value[t.size()];
      boolean same = true;
      for (int i = 0; i < out.length; i++) {
        out[i] = permute(t.valueAt(i), perm);
        same &= out[i] == t.valueAt(i);
      }
      return same ? t : new TupleValue(out);
    }
    Value[] dom = new Value[f.size()];
    Value[] vals = new Value[f.size()];
    boolean same = true;
    for (int i = 0; i < dom.length; i++) {
      dom[i] = permute(f.domainAt(i), perm);
      vals[i] = permute(f.valueAt(i), perm);
      same &= dom[i] == f.domainAt(i) && vals[i] == f.valueAt(i);
    }
    return same ? f : FcnOps.of(dom, vals);
  }

  private static SetValue permuteSet(SetValue s, Map<ModelValue, ? extends Value> perm) {
    if (s instanceof MembershipSetValue m && m.isEnumerable()) {
      return permuteSet(m.toEnum(), perm);
    }
    if (s instanceof IntervalValue || s instanceof InfiniteSetValue || s instanceof MembershipSetValue) {
      return s;
    }
    if (s instanceof SubsetValue sub) {
      return new SubsetValue(permuteSet(sub.base(), perm));
    }
    if (s instanceof FcnSetValue fs) {
      return new FcnSetValue(permuteSet(fs.domain(), perm), permuteSet(fs.range(), perm));
    }
    if (s instanceof SeqSetValue q) {
      return new SeqSetValue(permuteSet(q.elementSet(), perm));
    }
    if (s instanceof ProductSetValue ps) {
      List<SetValue> fs = new ArrayList<>();
      for (SetValue f : ps.factors()) {
        fs.add(permuteSet(f, perm));
      }
      return new ProductSetValue(fs);
    }
    if (s instanceof RecordSetValue rs) {
      String[] names = new String[rs.fieldCount()];
      SetValue[] sets = new SetValue[rs.fieldCount()];
      for (int i = 0; i < names.length; i++) {
        names[i] = rs.name(i);
        sets[i] = permuteSet(rs.fieldSet(i), perm);
      }
      return new RecordSetValue(names, sets);
    }
    SetEnumValue e = (SetEnumValue) s;
    Value[] out = new Value[e.size()];
    boolean same = true;
    for (int i = 0; i < out.length; i++) {
      out[i] = permute(e.get(i), perm);
      same &= out[i] == e.get(i);
    }
    return same ? e : SetEnumValue.of(out);
  }

  /**
   * TLC's symmetry reduction of a state: among the images of {@code vars} under each permutation (the identity
   * included or not, as given), the one with the smallest fingerprint; returns that fingerprint. Builds every
   * image, so it is the reference the model checker's faster {@link PermutationGroup} is tested against.
   */
  public static long canonicalFingerprint(Value[] vars, List<? extends Map<ModelValue, ? extends Value>> perms) {
    long best = Fingerprint.ofState(vars);
    for (Map<ModelValue, ? extends Value> p : perms) {
      Value[] img = new Value[vars.length];
      for (int i = 0; i < vars.length; i++) {
        img[i] = permute(vars[i], p);
      }
      best = Math.min(best, Fingerprint.ofState(img));
    }
    return best;
  }

  /** The permutations a {@code Permutations(S)} value denotes, as maps (for {@link #canonicalFingerprint}). */
  public static List<Map<ModelValue, Value>> asMaps(SetValue permutations) {
    List<Map<ModelValue, Value>> out = new ArrayList<>();
    for (Value p : permutations) {
      FunctionValue f = (FunctionValue) p;
      Map<ModelValue, Value> m = new java.util.HashMap<>();
      for (int i = 0; i < f.size(); i++) {
        if (f.domainAt(i) instanceof ModelValue mv) {
          m.put(mv, f.valueAt(i));
        } else {
          throw new ValueException(ValueException.Kind.WRONG_TYPE,
              "The symmetry set must contain permutations of model values, but found\n" + ValuePrinter.DEFAULT.print(f));
        }
      }
      out.add(m);
    }
    return out;
  }
}

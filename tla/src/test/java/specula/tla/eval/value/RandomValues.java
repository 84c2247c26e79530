package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generates random well-formed values of every representation, for round-trip tests. */
public final class RandomValues {
  private final Random rnd;

  public RandomValues(long seed) {
    this.rnd = new Random(seed);
  }

  /** A random value nested at most {@code depth} levels; sets and domains stay homogeneous (TLC-comparable). */
  public Value next(int depth) {
    int kind = rnd.nextInt(depth <= 0 ? 4 : 11);
    return switch (kind) {
      case 0 -> BoolValue.of(rnd.nextBoolean());
      case 1 -> IntValue.of(rnd.nextInt(7) == 0 ? rnd.nextInt() : rnd.nextInt(21) - 10);
      case 2 -> StringValue.of(rnd.nextInt(5) == 0 ? "q\"\\é\n" + rnd.nextInt(3) : "s" + rnd.nextInt(5));
      case 3 -> ModelValue.of("m" + rnd.nextInt(4));
      case 4 -> SetEnumValue.of(homogeneous(depth - 1));
      case 5 -> TupleValue.of(list(depth - 1));
      case 6 -> {
        List<Value> vals = list(depth - 1);
        Value[] dom = new Value[vals.size()];
        for (int i = 0; i < dom.length; i++) {
          dom[i] = StringValue.of("f" + i);
        }
        yield FcnOps.of(dom, vals.toArray(new Value[0]));
      }
      case 7 -> {
        List<Value> vals = list(depth - 1);
        Value[] dom = new Value[vals.size()];
        for (int i = 0; i < dom.length; i++) {
          dom[i] = IntValue.of(i * 3 - 2);
        }
        yield FcnOps.of(dom, vals.toArray(new Value[0]));
      }
      case 8 -> new IntervalValue(rnd.nextInt(5) - 2, rnd.nextInt(5));
      case 9 -> new SubsetValue(new IntervalValue(1, rnd.nextInt(4)));
      default -> new FcnSetValue(new IntervalValue(1, rnd.nextInt(3)), Values.BOOLEAN);
    };
  }

  private List<Value> list(int depth) {
    int n = rnd.nextInt(4);
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(next(depth));
    }
    return out;
  }

  /** Elements of one kind, so that they can be sorted without TLC comparison errors. */
  private List<Value> homogeneous(int depth) {
    int n = rnd.nextInt(4);
    List<Value> out = new ArrayList<>();
    Value first = next(depth);
    out.add(first);
    for (int i = 1; i < n; i++) {
      Value v = next(depth);
      try {
        ValueOrder.compare(first, v);
        if (v instanceof SetValue && first instanceof SetValue || !(v instanceof SetValue)) {
          out.add(v);
        }
      } catch (ValueException e) {
        // Skip values TLC could not put in the same set.
      }
    }
    try {
      SetEnumValue.of(out);
      return out;
    } catch (ValueException e) {
      return List.of(first);
    }
  }
}

package specula.tla.eval.value;

import java.util.List;

/** Factories and the Java-side (never throwing) equality used by the value classes. */
public final class Values {
  public static final SetEnumValue BOOLEAN = SetEnumValue.of(BoolValue.FALSE, BoolValue.TRUE);

  private Values() {
  }

  public static IntValue integer(int i) {
    return IntValue.of(i);
  }

  public static StringValue string(String s) {
    return StringValue.of(s);
  }

  public static BoolValue bool(boolean b) {
    return BoolValue.of(b);
  }

  public static SetEnumValue set(Value... elems) {
    return SetEnumValue.of(elems);
  }

  public static SetEnumValue set(List<? extends Value> elems) {
    return SetEnumValue.of(elems);
  }

  public static TupleValue tuple(Value... elems) {
    return TupleValue.of(elems);
  }

  public static IntervalValue interval(int lo, int hi) {
    return new IntervalValue(lo, hi);
  }

  /** Java equality: TLC equality where TLC can decide it, false where TLC would raise an error. */
  static boolean javaEquals(Value a, Object o) {
    if (a == o) {
      return true;
    }
    if (!(o instanceof Value b) || a.kind() != b.kind()) {
      return false;
    }
    try {
      return a.fingerprint() == b.fingerprint() && ValueEquality.equal(a, b);
    } catch (ValueException e) {
      return false;
    }
  }

  static int javaHash(Value v) {
    long fp = v.fingerprint();
    return (int) (fp ^ (fp >>> 32));
  }
}

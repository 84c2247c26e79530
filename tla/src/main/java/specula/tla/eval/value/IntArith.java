package specula.tla.eval.value;

/** Integer operators of Naturals/Integers with TLC's 32-bit overflow and argument errors. */
public final class IntArith {
  private IntArith() {
  }

  static ValueException overflow(String what) {
    return new ValueException(ValueException.Kind.OVERFLOW, "Overflow when computing " + what);
  }

  public static IntValue add(IntValue a, IntValue b) {
    return IntValue.ofChecked((long) a.val() + b.val(), a.val() + "+" + b.val());
  }

  public static IntValue sub(IntValue a, IntValue b) {
    return IntValue.ofChecked((long) a.val() - b.val(), a.val() + "-" + b.val());
  }

  public static IntValue mul(IntValue a, IntValue b) {
    return IntValue.ofChecked((long) a.val() * b.val(), a.val() + "*" + b.val());
  }

  public static IntValue neg(IntValue a) {
    return IntValue.ofChecked(-(long) a.val(), "-" + a.val());
  }

  /** {@code a \div b}: floor division, as TLC. */
  public static IntValue div(IntValue a, IntValue b) {
    if (b.val() == 0) {
      throw new ValueException(ValueException.Kind.DIVISION_BY_ZERO, "The second argument of \\div is 0.");
    }
    return IntValue.ofChecked(Math.floorDiv((long) a.val(), (long) b.val()), a.val() + "\\div" + b.val());
  }

  /** {@code a % b}: TLC requires b &gt; 0 and returns a value in 0..b-1. */
  public static IntValue mod(IntValue a, IntValue b) {
    if (b.val() <= 0) {
      throw argument("second", "%", "positive number", b);
    }
    return IntValue.of(Math.floorMod(a.val(), b.val()));
  }

  /** {@code a ^ b} with b a natural number; {@code 0^0} is undefined in TLC. */
  public static IntValue pow(IntValue a, IntValue b) {
    if (b.val() < 0) {
      throw argument("second", "^", "natural number", b);
    }
    if (a.val() == 0 && b.val() == 0) {
      throw new ValueException(ValueException.Kind.ARGUMENT, "0^0 is undefined.");
    }
    if (a.val() >= -1 && a.val() <= 1) {
      return IntValue.of(a.val() == -1 && (b.val() & 1) == 1 ? -1 : (a.val() == 0 ? 0 : Math.abs(a.val())));
    }
    long r = 1;
    for (int i = 0; i < b.val(); i++) {
      r *= a.val();
      if (r > Integer.MAX_VALUE || r < Integer.MIN_VALUE) {
        throw overflow(a.val() + "^" + b.val());
      }
    }
    return IntValue.of((int) r);
  }

  /** {@code a..b}. */
  public static IntervalValue range(IntValue a, IntValue b) {
    return new IntervalValue(a.val(), b.val());
  }

  /** TLC's EC.TLC_MODULE_ARGUMENT_ERROR wording. */
  public static ValueException argument(String position, String operator, String expected, Value actual) {
    return new ValueException(ValueException.Kind.ARGUMENT, "The " + position + " argument of " + operator
        + " should be a " + expected + ", but instead it is:\n" + ValuePrinter.DEFAULT.print(actual));
  }
}

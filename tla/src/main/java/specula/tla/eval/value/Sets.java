package specula.tla.eval.value;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Helpers shared by the set representations (fingerprints, membership errors, odometer enumeration). */
final class Sets {
  private Sets() {
  }

  /** Set fingerprint from the canonical enumeration, so every representation of a set agrees. */
  static long fingerprintOf(SetValue set) {
    if (!set.isEnumerable()) {
      // Infinite sets can only equal themselves structurally; fingerprint their printed form.
      return Fingerprint.extend(Fingerprint.extend(Fingerprint.SEED, ValueKind.SET.ordinal() + 100),
          ValuePrinter.DEFAULT.print(set));
    }
    long fp = Fingerprint.extend(Fingerprint.SEED, ValueKind.SET.ordinal());
    fp = Fingerprint.extend(fp, set.size());
    for (Value v : set) {
      fp = Fingerprint.extend(fp, v.fingerprint());
    }
    return fp;
  }

  /**
   * Membership of a value whose type cannot belong to the set: FALSE for an untyped model value, TLC's errors
   * otherwise.
   */
  static boolean memberOfOtherType(Value v, SetValue set) {
    if (v instanceof ModelValue m) {
      return modelValueMember(m, set);
    }
    throw new ValueException(ValueException.Kind.MEMBERSHIP, "Attempted to check if the value:\n"
        + ValuePrinter.DEFAULT.print(v) + "\nis an element of\n" + ValuePrinter.DEFAULT.print(set));
  }

  static boolean modelValueMember(ModelValue m, SetValue set) {
    if (m.isTyped()) {
      throw new ValueException(ValueException.Kind.MEMBERSHIP, "Attempted to check if the typed model value "
          + m.name() + " is an element of\n" + ValuePrinter.DEFAULT.print(set));
    }
    return false;
  }

  static ValueException notEnumerable(SetValue set) {
    return new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "TLC encountered a non-enumerable quantifier bound\n" + ValuePrinter.DEFAULT.print(set) + ".");
  }

  static Value[] enumerate(SetValue s) {
    return s.toEnum().toArray();
  }

  /** The canonical elements, shared with an enumerated set (callers must not modify the array). */
  static Value[] elements(SetValue s) {
    return s.toEnum().elements();
  }

  /** |base|^exp as an int, or TLC's overflow error naming {@code set}. */
  static int power(int base, int exp, SetValue set) {
    long r = 1;
    for (int i = 0; i < exp; i++) {
      r *= base;
      if (r > Integer.MAX_VALUE) {
        throw IntArith.overflow("the number of elements in:\n" + ValuePrinter.DEFAULT.print(set));
      }
    }
    return (int) r;
  }

  /**
   * Enumerates the cartesian product of {@code axes} with the last axis varying fastest, which is canonical
   * order for tuples, records and functions over a fixed domain (they compare position by position).
   */
  static Iterator<Value> odometer(Value[][] axes, Function<Value[], Value> build) {
    for (Value[] axis : axes) {
      if (axis.length == 0) {
        return java.util.Collections.emptyIterator();
      }
    }
    return new Iterator<>() {
      private final int[] idx = new int[axes.length];
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Value next() {
        if (done) {
          throw new NoSuchElementException();
        }
        Value[] cur = new Value[axes.length];
        for (int i = 0; i < axes.length; i++) {
          cur[i] = axes[i][idx[i]];
        }
        int i = axes.length - 1;
        while (i >= 0 && ++idx[i] == axes[i].length) {
          idx[i] = 0;
          i--;
        }
        done = i < 0;
        return build.apply(cur);
      }
    };
  }
}

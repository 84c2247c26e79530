package specula.tla.eval.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The integer interval {@code lo..hi}; equal (and fingerprint-equal) to the enumerated set it denotes. */
public final class IntervalValue implements SetValue {
  private long fp;
  private final int lo;
  private final int hi;

  public IntervalValue(int lo, int hi) {
    this.lo = lo;
    this.hi = hi;
  }

  public int lo() {
    return lo;
  }

  public int hi() {
    return hi;
  }

  @Override
  public boolean contains(Value v) {
    if (v instanceof IntValue i) {
      return i.val() >= lo && i.val() <= hi;
    }
    return Sets.memberOfOtherType(v, this);
  }

  @Override
  public boolean isEnumerable() {
    return true;
  }

  @Override
  public int size() {
    long n = (long) hi - lo + 1;
    if (n <= 0) {
      return 0;
    }
    if (n > Integer.MAX_VALUE) {
      throw IntArith.overflow("the number of elements in:\n" + this);
    }
    return (int) n;
  }

  @Override
  public Iterator<Value> iterator() {
    return new Iterator<>() {
      private long next = lo;

      @Override
      public boolean hasNext() {
        return next <= hi;
      }

      @Override
      public Value next() {
        if (next > hi) {
          throw new NoSuchElementException();
        }
        return IntValue.of((int) next++);
      }
    };
  }

  @Override
  public long fingerprint() {
    // Computed by enumeration, so cache it: states hold the same set across many steps.
    long f = fp;
    if (f == 0) {
      f = Sets.fingerprintOf(this);
      fp = f;
    }
    return f;
  }

  @Override
  public boolean equals(Object o) {
    return Values.javaEquals(this, o);
  }

  @Override
  public int hashCode() {
    return Values.javaHash(this);
  }

  @Override
  public String toString() {
    return ValuePrinter.DEFAULT.print(this);
  }
}

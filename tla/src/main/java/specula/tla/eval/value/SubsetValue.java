package specula.tla.eval.value;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code SUBSET base}, lazy: membership without enumeration; enumeration by size, then lexicographically. */
public final class SubsetValue implements SetValue {
  private long fp;
  private final SetValue base;

  public SubsetValue(SetValue base) {
    this.base = base;
  }

  public SetValue base() {
    return base;
  }

  @Override
  public boolean contains(Value v) {
    if (v instanceof SetValue s) {
      return SetOps.isSubset(s, base);
    }
    return Sets.memberOfOtherType(v, this);
  }

  @Override
  public boolean isEnumerable() {
    return base.isEnumerable();
  }

  @Override
  public int size() {
    int n = base.size();
    if (n >= 31) {
      throw IntArith.overflow("the number of elements in:\n" + ValuePrinter.DEFAULT.print(this));
    }
    return 1 << n;
  }

  @Override
  public Iterator<Value> iterator() {
    if (!base.isEnumerable()) {
      throw Sets.notEnumerable(this);
    }
    Value[] elems = Sets.enumerate(base);
    int n = elems.length;
    return new Iterator<>() {
      private int k;
      private int[] comb = new int[0];
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
        Value[] out = new Value[k];
        for (int i = 0; i < k; i++) {
          out[i] = elems[comb[i]];
        }
        advance();
        return SetEnumValue.fromSorted(out);
      }

      // Next k-combination in lexicographic order of indices; then the first (k+1)-combination.
      private void advance() {
        int i = k - 1;
        while (i >= 0 && comb[i] == n - k + i) {
          i--;
        }
        if (i >= 0) {
          comb[i]++;
          for (int j = i + 1; j < k; j++) {
            comb[j] = comb[j - 1] + 1;
          }
          return;
        }
        k++;
        if (k > n) {
          done = true;
          return;
        }
        comb = new int[k];
        for (int j = 0; j < k; j++) {
          comb[j] = j;
        }
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

package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** An enumerated finite set, kept sorted in TLC order and without duplicates (its canonical form). */
public final class SetEnumValue implements SetValue {
  public static final SetEnumValue EMPTY = new SetEnumValue(new Value[0]);

  private final Value[] elems;
  private long fp;

  private SetEnumValue(Value[] sortedDistinct) {
    this.elems = sortedDistinct;
  }

  /** Normalises: sorts in TLC order and removes duplicates (TLC's errors on incomparable elements). */
  public static SetEnumValue of(Value... elems) {
    if (elems.length == 0) {
      return EMPTY;
    }
    Value[] copy = elems.clone();
    return normalizeInPlace(copy);
  }

  public static SetEnumValue of(List<? extends Value> elems) {
    return elems.isEmpty() ? EMPTY : normalizeInPlace(elems.toArray(new Value[0]));
  }

  /** Below this size an insertion sort beats a general sort: sets built by set literals are mostly tiny. */
  private static final int SMALL = 16;

  private static SetEnumValue normalizeInPlace(Value[] a) {
    int firstUnsorted = 1;
    while (firstUnsorted < a.length && ValueOrder.compare(a[firstUnsorted - 1], a[firstUnsorted]) < 0) {
      firstUnsorted++;
    }
    if (firstUnsorted == a.length) {
      return new SetEnumValue(a);
    }
    int n = a.length <= SMALL ? insertionSortDistinct(a, firstUnsorted) : sortDistinct(a);
    return new SetEnumValue(n == a.length ? a : Arrays.copyOf(a, n));
  }

  /**
   * Sorts {@code a} whose prefix {@code [0, sortedPrefix)} is already sorted and distinct, dropping duplicates as
   * they are met; returns the number of distinct elements now at the front.
   */
  private static int insertionSortDistinct(Value[] a, int sortedPrefix) {
    int n = sortedPrefix;
    outer:
    for (int i = sortedPrefix; i < a.length; i++) {
      Value x = a[i];
      int j = n - 1;
      while (j >= 0) {
        int c = ValueOrder.compare(a[j], x);
        if (c == 0) {
          continue outer;
        }
        if (c < 0) {
          break;
        }
        j--;
      }
      System.arraycopy(a, j + 1, a, j + 2, n - j - 1);
      a[j + 1] = x;
      n++;
    }
    return n;
  }

  private static int sortDistinct(Value[] a) {
    Arrays.sort(a, ValueOrder::compare);
    int n = 1;
    for (int i = 1; i < a.length; i++) {
      if (ValueOrder.compare(a[n - 1], a[i]) != 0) {
        a[n++] = a[i];
      }
    }
    return n;
  }

  /** Trusts the caller: {@code sortedDistinct} must already be canonical and is not copied. */
  static SetEnumValue fromSorted(Value[] sortedDistinct) {
    return sortedDistinct.length == 0 ? EMPTY : new SetEnumValue(sortedDistinct);
  }

  /** Collects a set that already iterates in canonical order. */
  static SetEnumValue fromIterator(SetValue set) {
    if (set instanceof SetEnumValue e) {
      return e;
    }
    List<Value> out = new ArrayList<>();
    for (Value v : set) {
      out.add(v);
    }
    return fromSorted(out.toArray(new Value[0]));
  }

  public Value get(int i) {
    return elems[i];
  }

  /** The elements in canonical order, not copied: package callers must not modify them. */
  Value[] elements() {
    return elems;
  }

  /** The elements in canonical order (a copy). */
  public Value[] toArray() {
    return elems.clone();
  }

  @Override
  public boolean contains(Value v) {
    int lo = 0;
    int hi = elems.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = ValueOrder.compare(elems[mid], v);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  @Override
  public boolean isEnumerable() {
    return true;
  }

  @Override
  public int size() {
    return elems.length;
  }

  @Override
  public Iterator<Value> iterator() {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < elems.length;
      }

      @Override
      public Value next() {
        if (i >= elems.length) {
          throw new NoSuchElementException();
        }
        return elems[i++];
      }
    };
  }

  @Override
  public SetEnumValue toEnum() {
    return this;
  }

  @Override
  public long fingerprint() {
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

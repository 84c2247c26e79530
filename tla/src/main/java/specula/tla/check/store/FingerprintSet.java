package specula.tla.check.store;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The set of seen-state fingerprints: primitive {@code long[]} open-addressing tables with linear probing, one per
 * lock stripe (stripe chosen by the top bits of the fingerprint, slot by the low bits), each resized on its own
 * when it passes the load factor. No per-state objects are kept: about 8 bytes / load per state.
 * Thread-safe; {@link #putIfAbsent(long)} returns true for exactly one caller per fingerprint, so any number of
 * workers count distinct states exactly as one would.
 */
public final class FingerprintSet {
  private static final long EMPTY = 0L;

  private final Stripe[] stripes;
  private final int stripeShift;
  private final double maxLoad;

  /** {@code expected}: distinct states expected (sizing hint); {@code stripes}: a power of two. */
  public FingerprintSet(long expected, int stripes, double maxLoad) {
    if (Integer.bitCount(stripes) != 1 || maxLoad <= 0 || maxLoad >= 1) {
      throw new IllegalArgumentException("stripes must be a power of two and 0 < maxLoad < 1");
    }
    this.maxLoad = maxLoad;
    this.stripes = new Stripe[stripes];
    this.stripeShift = 64 - Integer.numberOfTrailingZeros(stripes);
    long perStripe = Math.max(16, (long) (expected / maxLoad / stripes) + 1);
    int cap = Integer.highestOneBit((int) Math.min(1 << 30, perStripe - 1)) << 1;
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new Stripe(cap);
    }
  }

  public FingerprintSet() {
    this(1 << 16, 64, 0.75);
  }

  /** Adds {@code fp}; true when it was not present (the caller "owns" the new state). */
  public boolean putIfAbsent(long fp) {
    Stripe s = stripes[stripeShift == 64 ? 0 : (int) (fp >>> stripeShift)];
    s.lock.lock();
    try {
      return s.put(fp, maxLoad);
    } finally {
      s.lock.unlock();
    }
  }

  public boolean contains(long fp) {
    Stripe s = stripes[stripeShift == 64 ? 0 : (int) (fp >>> stripeShift)];
    s.lock.lock();
    try {
      return s.contains(fp);
    } finally {
      s.lock.unlock();
    }
  }

  /** Number of distinct fingerprints. */
  public long size() {
    long n = 0;
    for (Stripe s : stripes) {
      s.lock.lock();
      try {
        n += s.size;
      } finally {
        s.lock.unlock();
      }
    }
    return n;
  }

  /** Total slots allocated. */
  public long capacity() {
    long n = 0;
    for (Stripe s : stripes) {
      s.lock.lock();
      try {
        n += s.table.length;
      } finally {
        s.lock.unlock();
      }
    }
    return n;
  }

  public double occupancy() {
    long cap = capacity();
    return cap == 0 ? 0 : (double) size() / cap;
  }

  /** Bytes held by the tables. */
  public long bytes() {
    return capacity() * Long.BYTES;
  }

  /**
   * TLC's estimate "based on the actual fingerprints": the reciprocal of the smallest distance between two stored
   * fingerprints (sorted as unsigned numbers). Sorts a copy: call it once, at the end of a run.
   */
  public double actualCollisionProbability() {
    long[] all = new long[(int) Math.min(Integer.MAX_VALUE - 8, size())];
    int n = 0;
    for (Stripe s : stripes) {
      s.lock.lock();
      try {
        if (s.hasZero) {
          all[n++] = 0;
        }
        for (long v : s.table) {
          if (v != EMPTY) {
            all[n++] = v;
          }
        }
      } finally {
        s.lock.unlock();
      }
    }
    if (n < 2) {
      return 0;
    }
    // Flipping the sign bit makes signed order equal unsigned order.
    for (int i = 0; i < n; i++) {
      all[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(all, 0, n);
    double minDist = Double.MAX_VALUE;
    for (int i = 1; i < n; i++) {
      long d = all[i] - all[i - 1];
      double ud = d >= 0 ? d : (double) (d >>> 1) * 2.0;
      minDist = Math.min(minDist, ud);
    }
    return minDist == 0 ? 1.0 : 1.0 / minDist;
  }

  private static final class Stripe {
    final ReentrantLock lock = new ReentrantLock();
    long[] table;
    int size;
    boolean hasZero;

    Stripe(int capacity) {
      table = new long[capacity];
    }

    boolean contains(long fp) {
      if (fp == EMPTY) {
        return hasZero;
      }
      int mask = table.length - 1;
      int i = (int) fp & mask;
      while (true) {
        long v = table[i];
        if (v == fp) {
          return true;
        }
        if (v == EMPTY) {
          return false;
        }
        i = (i + 1) & mask;
      }
    }

    boolean put(long fp, double maxLoad) {
      if (fp == EMPTY) {
        if (hasZero) {
          return false;
        }
        hasZero = true;
        size++;
        return true;
      }
      if (insert(table, fp)) {
        size++;
        if (size > table.length * maxLoad) {
          grow();
        }
        return true;
      }
      return false;
    }

    private static boolean insert(long[] t, long fp) {
      int mask = t.length - 1;
      int i = (int) fp & mask;
      while (true) {
        long v = t[i];
        if (v == fp) {
          return false;
        }
        if (v == EMPTY) {
          t[i] = fp;
          return true;
        }
        i = (i + 1) & mask;
      }
    }

    private void grow() {
      long[] bigger = new long[table.length << 1];
      for (long v : table) {
        if (v != EMPTY) {
          insert(bigger, v);
        }
      }
      table = bigger;
    }
  }
}

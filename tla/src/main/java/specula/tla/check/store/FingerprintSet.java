package specula.tla.check.store;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The set of seen-state fingerprints: primitive {@code long[]} open-addressing tables with linear probing, one per
 * lock stripe (stripe chosen by the top bits of the fingerprint, slot by the low 32 bits scaled to the table
 * length, both taken from a re-mix of the fingerprint), each grown by half on its own when it passes the load factor. Growing by 1.5 rather than 2 keeps
 * occupancy between 2/3 of the load factor and the load factor: with the default 0.8, 10 to 15 bytes per state.
 * No per-state objects are kept.
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
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, (long) (expected / maxLoad / stripes) + 1));
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new Stripe(cap);
    }
  }

  public FingerprintSet() {
    this(1 << 16, 64, 0.8);
  }

  /** Adds {@code fp}; true when it was not present (the caller "owns" the new state). */
  public boolean putIfAbsent(long fp) {
    long h = spread(fp);
    Stripe s = stripes[stripeShift == 64 ? 0 : (int) (h >>> stripeShift)];
    s.lock.lock();
    try {
      return s.put(fp, h, maxLoad);
    } finally {
      s.lock.unlock();
    }
  }

  public boolean contains(long fp) {
    long h = spread(fp);
    Stripe s = stripes[stripeShift == 64 ? 0 : (int) (h >>> stripeShift)];
    s.lock.lock();
    try {
      return s.contains(fp, h);
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

  /**
   * Re-mixes the fingerprint for placement only: real fingerprints are already uniform, but callers (and tests)
   * may insert structured numbers, which would otherwise cluster and make linear probing quadratic.
   */
  private static long spread(long fp) {
    long z = (fp ^ (fp >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  private static final class Stripe {
    final ReentrantLock lock = new ReentrantLock();
    long[] table;
    int size;
    boolean hasZero;

    Stripe(int capacity) {
      table = new long[capacity];
    }

    boolean contains(long fp, long h) {
      if (fp == EMPTY) {
        return hasZero;
      }
      int n = table.length;
      int i = slot(h, n);
      while (true) {
        long v = table[i];
        if (v == fp) {
          return true;
        }
        if (v == EMPTY) {
          return false;
        }
        i = ++i == n ? 0 : i;
      }
    }

    boolean put(long fp, long h, double maxLoad) {
      if (fp == EMPTY) {
        if (hasZero) {
          return false;
        }
        hasZero = true;
        size++;
        return true;
      }
      if (insert(table, fp, h)) {
        size++;
        if (size > table.length * maxLoad) {
          grow();
        }
        return true;
      }
      return false;
    }

    private static boolean insert(long[] t, long fp, long h) {
      int n = t.length;
      int i = slot(h, n);
      while (true) {
        long v = t[i];
        if (v == fp) {
          return false;
        }
        if (v == EMPTY) {
          t[i] = fp;
          return true;
        }
        i = ++i == n ? 0 : i;
      }
    }

    /** Maps the low 32 bits of the spread hash onto 0..n-1 without division (multiply-shift reduction). */
    private static int slot(long h, int n) {
      return (int) (((h & 0xFFFFFFFFL) * n) >>> 32);
    }

    private void grow() {
      long[] bigger = new long[(int) Math.min(Integer.MAX_VALUE - 8, table.length + (table.length >> 1) + 1)];
      for (long v : table) {
        if (v != EMPTY) {
          insert(bigger, v, spread(v));
        }
      }
      table = bigger;
    }
  }
}

package specula.tla.check.store;

import java.util.ArrayList;
import java.util.List;

/** A {@link TraceStore} in chunked primitive arrays on the heap: 20 bytes per record. */
public final class MemoryTraceStore implements TraceStore {
  private static final int CHUNK_BITS = 16;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final List<long[]> parents = new ArrayList<>();
  private final List<long[]> fps = new ArrayList<>();
  private final List<int[]> actions = new ArrayList<>();
  private long size;

  @Override
  public synchronized long append(long parent, long fingerprint, int action) {
    long idx = size;
    int c = (int) (idx >>> CHUNK_BITS);
    int o = (int) (idx & (CHUNK - 1));
    if (c == parents.size()) {
      parents.add(new long[CHUNK]);
      fps.add(new long[CHUNK]);
      actions.add(new int[CHUNK]);
    }
    parents.get(c)[o] = parent;
    fps.get(c)[o] = fingerprint;
    actions.get(c)[o] = action;
    size = idx + 1;
    return idx;
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized long parent(long idx) {
    check(idx);
    return parents.get((int) (idx >>> CHUNK_BITS))[(int) (idx & (CHUNK - 1))];
  }

  @Override
  public synchronized long fingerprint(long idx) {
    check(idx);
    return fps.get((int) (idx >>> CHUNK_BITS))[(int) (idx & (CHUNK - 1))];
  }

  @Override
  public synchronized int action(long idx) {
    check(idx);
    return actions.get((int) (idx >>> CHUNK_BITS))[(int) (idx & (CHUNK - 1))];
  }

  @Override
  public synchronized long bytes() {
    return (long) parents.size() * CHUNK * (Long.BYTES * 2 + Integer.BYTES);
  }

  private void check(long idx) {
    if (idx < 0 || idx >= size) {
      throw new IndexOutOfBoundsException("trace record " + idx + " of " + size);
    }
  }
}

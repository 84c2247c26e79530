package specula.tla.check.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One record per distinct state reached (TLC's TLCTrace idea): parent record, fingerprint and the id of the action
 * that produced it. A counterexample is rebuilt by walking parents back to an initial state ({@link #pathTo}) and
 * then re-evaluating the next-state relation forward, keeping the successor with the recorded fingerprint. Records
 * are appended concurrently by the workers; indices are dense from 0.
 */
public interface TraceStore extends AutoCloseable {
  /** Parent of an initial state. */
  long NO_PARENT = -1;
  /** Action id of an initial state. */
  int INIT_ACTION = -1;

  /** Appends a record and returns its index; {@code parent} is {@link #NO_PARENT} for initial states. */
  long append(long parent, long fingerprint, int action);

  long size();

  long parent(long idx);

  long fingerprint(long idx);

  int action(long idx);

  /** Bytes held on the heap. */
  long bytes();

  /** Record indices from the initial state to {@code idx}, inclusive; its length is TLC's depth of idx. */
  default long[] pathTo(long idx) {
    List<Long> rev = new ArrayList<>();
    for (long cur = idx; cur != NO_PARENT; cur = parent(cur)) {
      rev.add(cur);
    }
    long[] path = new long[rev.size()];
    for (int i = 0; i < path.length; i++) {
      path[i] = rev.get(path.length - 1 - i);
    }
    return path;
  }

  @Override
  default void close() {
  }
}

package specula.tla.check.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The BFS frontier: a FIFO queue that keeps at most about {@code maxInMemory} elements on the heap and spills the
 * rest to files in FIFO segments. Order is head (in memory) · spilled segments (oldest first) · tail (in memory),
 * so spilling never reorders states and BFS levels stay intact. Thread-safe; workers should take batches.
 */
public final class SpillingQueue<E> implements AutoCloseable {
  private record Segment(Path file, int count) {
  }

  private final ElementCodec<E> codec;
  private final int maxInMemory;
  private final int chunk;
  private final Path spillDirHint;
  private ArrayDeque<E> head = new ArrayDeque<>();
  private ArrayDeque<E> tail = new ArrayDeque<>();
  private final ArrayDeque<Segment> segments = new ArrayDeque<>();
  private long onDisk;
  private long spilledTotal;
  private int fileCounter;
  private Path spillDir;

  /**
   * @param spillDir where segment files go; null for a fresh temporary directory created on the first spill
   */
  public SpillingQueue(ElementCodec<E> codec, int maxInMemory, Path spillDir) {
    if (maxInMemory < 2) {
      throw new IllegalArgumentException("maxInMemory must be at least 2");
    }
    this.codec = codec;
    this.maxInMemory = maxInMemory;
    this.chunk = Math.max(1, maxInMemory / 4);
    this.spillDirHint = spillDir;
  }

  public synchronized void add(E e) {
    tail.addLast(e);
    if (head.size() + tail.size() > maxInMemory && tail.size() >= chunk) {
      spillTail();
    }
  }

  /** The oldest element, or null when the queue is empty. */
  public synchronized E poll() {
    if (head.isEmpty()) {
      refill();
    }
    return head.pollFirst();
  }

  /** Moves up to {@code max} of the oldest elements into {@code into}; returns how many. */
  public synchronized int pollBatch(List<E> into, int max) {
    int n = 0;
    while (n < max) {
      if (head.isEmpty()) {
        refill();
        if (head.isEmpty()) {
          break;
        }
      }
      into.add(head.pollFirst());
      n++;
    }
    return n;
  }

  public synchronized long size() {
    return head.size() + tail.size() + onDisk;
  }

  public synchronized boolean isEmpty() {
    return size() == 0;
  }

  /** Elements currently on disk. */
  public synchronized long onDisk() {
    return onDisk;
  }

  /** Elements written to disk since creation. */
  public synchronized long spilledTotal() {
    return spilledTotal;
  }

  private void refill() {
    if (!segments.isEmpty()) {
      Segment s = segments.pollFirst();
      head = load(s);
      onDisk -= s.count();
    } else {
      ArrayDeque<E> t = head;
      head = tail;
      tail = t;
    }
  }

  private void spillTail() {
    try {
      if (spillDir == null) {
        spillDir = spillDirHint != null ? Files.createDirectories(spillDirHint)
            : Files.createTempDirectory("specula-queue");
      }
      Path file = spillDir.resolve("queue-" + (fileCounter++) + ".bin");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
          1 << 16))) {
        for (E e : tail) {
          codec.write(out, e);
        }
      }
      segments.addLast(new Segment(file, tail.size()));
      onDisk += tail.size();
      spilledTotal += tail.size();
      tail = new ArrayDeque<>();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the state queue to disk", e);
    }
  }

  private ArrayDeque<E> load(Segment s) {
    ArrayDeque<E> out = new ArrayDeque<>(s.count());
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(s.file()),
        1 << 16))) {
      for (int i = 0; i < s.count(); i++) {
        out.addLast(codec.read(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the spilled state queue", e);
    }
    try {
      Files.deleteIfExists(s.file());
    } catch (IOException ignored) {
      // A leftover segment file is harmless; close() retries.
    }
    return out;
  }

  /** Deletes the spill files (and the temporary directory this queue created). */
  @Override
  public synchronized void close() {
    for (Segment s : segments) {
      try {
        Files.deleteIfExists(s.file());
      } catch (IOException ignored) {
        // best effort
      }
    }
    segments.clear();
    if (spillDir != null && spillDirHint == null) {
      try {
        Files.deleteIfExists(spillDir);
      } catch (IOException ignored) {
        // best effort
      }
    }
    head.clear();
    tail.clear();
    onDisk = 0;
  }
}

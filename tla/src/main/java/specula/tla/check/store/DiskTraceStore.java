package specula.tla.check.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link TraceStore} in a file, like TLC's trace file: 20-byte records (parent, fingerprint, action) written in
 * blocks from a small heap buffer, so the heap cost per state stays zero. Reads (only needed to print a
 * counterexample) go to the buffer or the file.
 */
public final class DiskTraceStore implements TraceStore {
  private static final int RECORD = Long.BYTES * 2 + Integer.BYTES;

  private final Path file;
  private final boolean deleteOnClose;
  private final FileChannel channel;
  private final ByteBuffer buffer;
  private final int bufferRecords;
  private long flushed;
  private long size;

  /** @param file the trace file (truncated); null for a temporary file deleted on close */
  public DiskTraceStore(Path file, int bufferRecords) {
    try {
      this.deleteOnClose = file == null;
      this.file = file != null ? file : Files.createTempFile("specula-trace", ".bin");
      this.channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the trace file", e);
    }
    this.bufferRecords = Math.max(1, bufferRecords);
    this.buffer = ByteBuffer.allocate(this.bufferRecords * RECORD);
  }

  @Override
  public synchronized long append(long parent, long fingerprint, int action) {
    if (!buffer.hasRemaining()) {
      flush();
    }
    buffer.putLong(parent).putLong(fingerprint).putInt(action);
    return size++;
  }

  private void flush() {
    buffer.flip();
    try {
      long pos = flushed * RECORD;
      while (buffer.hasRemaining()) {
        pos += channel.write(buffer, pos);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the trace file", e);
    }
    flushed = size;
    buffer.clear();
  }

  @Override
  public synchronized long size() {
    return size;
  }

  @Override
  public synchronized long parent(long idx) {
    return record(idx).getLong(0);
  }

  @Override
  public synchronized long fingerprint(long idx) {
    return record(idx).getLong(Long.BYTES);
  }

  @Override
  public synchronized int action(long idx) {
    return record(idx).getInt(Long.BYTES * 2);
  }

  private ByteBuffer record(long idx) {
    if (idx < 0 || idx >= size) {
      throw new IndexOutOfBoundsException("trace record " + idx + " of " + size);
    }
    if (idx >= flushed) {
      int off = (int) (idx - flushed) * RECORD;
      return ByteBuffer.wrap(buffer.array(), off, RECORD).slice();
    }
    ByteBuffer one = ByteBuffer.allocate(RECORD);
    try {
      long pos = idx * RECORD;
      while (one.hasRemaining()) {
        int n = channel.read(one, pos + one.position());
        if (n < 0) {
          throw new IOException("trace file truncated");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the trace file", e);
    }
    return one.flip();
  }

  @Override
  public long bytes() {
    return buffer.capacity();
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
      if (deleteOnClose) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

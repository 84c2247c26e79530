package specula.tla.check.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** How a {@link SpillingQueue} writes its elements to disk and reads them back. */
public interface ElementCodec<E> {
  void write(DataOutput out, E element) throws IOException;

  E read(DataInput in) throws IOException;
}

package specula.tla.check.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import specula.tla.eval.value.Value;

/**
 * A state waiting in the BFS queue: its variable values (in the spec's variable order), its fingerprint and its
 * record in the {@link TraceStore} (from which its path is recovered) and its depth (1 for initial states).
 */
public record QueuedState(Value[] vars, long fingerprint, long traceIndex, int depth) {

  /** Spill codec: the trace index, the fingerprint, the depth, then the values. */
  public static final ElementCodec<QueuedState> CODEC = new ElementCodec<>() {
    @Override
    public void write(DataOutput out, QueuedState s) throws IOException {
      out.writeLong(s.traceIndex);
      out.writeLong(s.fingerprint);
      ValueCodec.writeNat(out, s.depth);
      ValueCodec.writeNat(out, s.vars.length);
      for (Value v : s.vars) {
        ValueCodec.write(out, v);
      }
    }

    @Override
    public QueuedState read(DataInput in) throws IOException {
      long trace = in.readLong();
      long fp = in.readLong();
      int depth = ValueCodec.readNat(in);
      Value[] vars = new Value[ValueCodec.readNat(in)];
      for (int i = 0; i < vars.length; i++) {
        vars[i] = ValueCodec.read(in);
      }
      return new QueuedState(vars, fp, trace, depth);
    }
  };
}

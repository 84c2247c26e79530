package specula.tla.check.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FcnSetValue;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.IntervalValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.MembershipSetValue;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.RecordSetValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SeqSetValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.SubsetValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;

/**
 * Compact binary encoding of values for the spilled state queue: one tag byte, then variable-length integers
 * (zig-zag for signed ones) and UTF-8 strings. Lazy sets are written in their lazy form, so {@code SUBSET S} stays
 * small; only {@link MembershipSetValue}, which wraps evaluator code, cannot be written.
 */
public final class ValueCodec {
  private static final int FALSE = 0;
  private static final int TRUE = 1;
  private static final int INT = 2;
  private static final int STRING = 3;
  private static final int MODEL = 4;
  private static final int SET = 5;
  private static final int INTERVAL = 6;
  private static final int SUBSET = 7;
  private static final int FCN_SET = 8;
  private static final int RECORD_SET = 9;
  private static final int PRODUCT = 10;
  private static final int SEQ_SET = 11;
  private static final int INFINITE = 12;
  private static final int TUPLE = 13;
  private static final int RECORD = 14;
  private static final int FCN = 15;

  private ValueCodec() {
  }

  public static byte[] encode(Value v) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static Value decode(byte[] bytes) {
    try {
      return read(new DataInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(DataOutput out, Value v) throws IOException {
    if (v instanceof BoolValue b) {
      out.writeByte(b.val() ? TRUE : FALSE);
    } else if (v instanceof IntValue i) {
      out.writeByte(INT);
      writeSigned(out, i.val());
    } else if (v instanceof StringValue s) {
      out.writeByte(STRING);
      writeString(out, s.val());
    } else if (v instanceof ModelValue m) {
      out.writeByte(MODEL);
      writeString(out, m.name());
    } else if (v instanceof SetValue s) {
      writeSet(out, s);
    } else {
      writeFunction(out, (FunctionValue) v);
    }
  }

  private static void writeSet(DataOutput out, SetValue s) throws IOException {
    if (s instanceof SetEnumValue e) {
      out.writeByte(SET);
      writeNat(out, e.size());
      for (Value x : e) {
        write(out, x);
      }
    } else if (s instanceof IntervalValue iv) {
      out.writeByte(INTERVAL);
      writeSigned(out, iv.lo());
      writeSigned(out, iv.hi());
    } else if (s instanceof SubsetValue sub) {
      out.writeByte(SUBSET);
      write(out, sub.base());
    } else if (s instanceof FcnSetValue fs) {
      out.writeByte(FCN_SET);
      write(out, fs.domain());
      write(out, fs.range());
    } else if (s instanceof RecordSetValue rs) {
      out.writeByte(RECORD_SET);
      writeNat(out, rs.fieldCount());
      for (int i = 0; i < rs.fieldCount(); i++) {
        writeString(out, rs.name(i));
        write(out, rs.fieldSet(i));
      }
    } else if (s instanceof ProductSetValue ps) {
      out.writeByte(PRODUCT);
      writeNat(out, ps.factors().size());
      for (SetValue f : ps.factors()) {
        write(out, f);
      }
    } else if (s instanceof SeqSetValue q) {
      out.writeByte(SEQ_SET);
      write(out, q.elementSet());
    } else if (s instanceof InfiniteSetValue inf) {
      out.writeByte(INFINITE);
      out.writeByte(inf.which().ordinal());
    } else if (s.isEnumerable()) {
      writeSet(out, s.toEnum());
    } else {
      throw new IllegalArgumentException("cannot serialise the lazy set " + s);
    }
  }

  private static void writeFunction(DataOutput out, FunctionValue f) throws IOException {
    if (f instanceof LazyFunctionValue lazy) {
      writeFunction(out, lazy.materialize());
    } else if (f instanceof TupleValue t) {
      out.writeByte(TUPLE);
      writeNat(out, t.size());
      for (int i = 0; i < t.size(); i++) {
        write(out, t.valueAt(i));
      }
    } else if (f instanceof RecordValue r) {
      out.writeByte(RECORD);
      writeNat(out, r.size());
      for (int i = 0; i < r.size(); i++) {
        writeString(out, r.name(i));
        write(out, r.valueAt(i));
      }
    } else {
      out.writeByte(FCN);
      writeNat(out, f.size());
      for (int i = 0; i < f.size(); i++) {
        write(out, f.domainAt(i));
        write(out, f.valueAt(i));
      }
    }
  }

  public static Value read(DataInput in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case FALSE:
        return BoolValue.FALSE;
      case TRUE:
        return BoolValue.TRUE;
      case INT:
        return IntValue.of(readSigned(in));
      case STRING:
        return StringValue.of(readString(in));
      case MODEL:
        return ModelValue.of(readString(in));
      case SET: {
        int n = readNat(in);
        Value[] elems = new Value[n];
        for (int i = 0; i < n; i++) {
          elems[i] = read(in);
        }
        return SetEnumValue.of(elems);
      }
      case INTERVAL:
        return new IntervalValue(readSigned(in), readSigned(in));
      case SUBSET:
        return new SubsetValue((SetValue) read(in));
      case FCN_SET:
        return new FcnSetValue((SetValue) read(in), (SetValue) read(in));
      case RECORD_SET: {
        int n = readNat(in);
        String[] names = new String[n];
        SetValue[] sets = new SetValue[n];
        for (int i = 0; i < n; i++) {
          names[i] = readString(in);
          sets[i] = (SetValue) read(in);
        }
        return new RecordSetValue(names, sets);
      }
      case PRODUCT: {
        int n = readNat(in);
        List<SetValue> factors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          factors.add((SetValue) read(in));
        }
        return new ProductSetValue(factors);
      }
      case SEQ_SET:
        return new SeqSetValue((SetValue) read(in));
      case INFINITE:
        return switch (InfiniteSetValue.Kind.values()[in.readUnsignedByte()]) {
          case NAT -> InfiniteSetValue.NAT;
          case INT -> InfiniteSetValue.INT;
          case STRING -> InfiniteSetValue.STRING;
        };
      case TUPLE: {
        int n = readNat(in);
        Value[] elems = new Value[n];
        for (int i = 0; i < n; i++) {
          elems[i] = read(in);
        }
        return TupleValue.of(elems);
      }
      case RECORD: {
        int n = readNat(in);
        Value[] dom = new Value[n];
        Value[] vals = new Value[n];
        for (int i = 0; i < n; i++) {
          dom[i] = StringValue.of(readString(in));
          vals[i] = read(in);
        }
        return FcnOps.of(dom, vals);
      }
      case FCN: {
        int n = readNat(in);
        Value[] dom = new Value[n];
        Value[] vals = new Value[n];
        for (int i = 0; i < n; i++) {
          dom[i] = read(in);
          vals[i] = read(in);
        }
        return FcnOps.of(dom, vals);
      }
      default:
        throw new IOException("corrupt value stream: unknown tag " + tag);
    }
  }

  static void writeNat(DataOutput out, int n) throws IOException {
    int v = n;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int readNat(DataInput in) throws IOException {
    int shift = 0;
    int result = 0;
    while (true) {
      int b = in.readUnsignedByte();
      result |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
      shift += 7;
      if (shift > 28) {
        throw new IOException("corrupt value stream: varint too long");
      }
    }
  }

  private static void writeSigned(DataOutput out, int n) throws IOException {
    writeNat(out, (n << 1) ^ (n >> 31));
  }

  private static int readSigned(DataInput in) throws IOException {
    int z = readNat(in);
    return (z >>> 1) ^ -(z & 1);
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeNat(out, b.length);
    out.write(b);
  }

  private static String readString(DataInput in) throws IOException {
    byte[] b = new byte[readNat(in)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}

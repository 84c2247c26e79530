package specula.tla.eval.value;

import java.util.ArrayList;
import java.util.List;

/**
 * TLC's layout of long values (its {@code Values.ppr}, width 80 by default): a value that fits in the remaining
 * width prints flat; otherwise sets, sequences, records and functions put one element (or key/value pair) per line
 * with TLC's delimiters ({@code "{ "}, {@code " }"}, {@code "<< "}, {@code "( "}, {@code " @@"}, ...) and
 * indentation, recursively. Used for values in traces and by Print.
 */
public final class PrettyPrinter {
  public static final PrettyPrinter DEFAULT = new PrettyPrinter(ValuePrinter.DEFAULT, 80);

  private final ValuePrinter flat;
  private final int width;

  public PrettyPrinter(ValuePrinter flat, int width) {
    this.flat = flat;
    this.width = width;
  }

  public String format(Value v) {
    return format(v, width, 0, "");
  }

  private String format(Value v, int columns, int trailer, String leftpad) {
    if (v instanceof LazyFunctionValue lazy && lazy.isMaterializable()) {
      v = lazy.materialize();
    }
    String f = flat.print(v);
    if (f.length() <= columns - trailer) {
      return f;
    }
    if (v instanceof SetEnumValue s && s.size() > 0) {
      return simple(List.of(s.toArray()), columns, trailer, leftpad, "{ ", " }", "  ", ",");
    }
    if (v instanceof TupleValue t && t.size() > 0) {
      return simple(List.of(t.toArray()), columns, trailer, leftpad, "<< ", " >>", "   ", ",");
    }
    if (v instanceof SubsetValue sub) {
      return simple(List.of(sub.base()), columns, trailer, leftpad, "SUBSET ", " ", " ", ",");
    }
    if (v instanceof RecordValue r) {
      List<Object> keys = new ArrayList<>();
      List<Value> vals = new ArrayList<>();
      for (int i : flat.fieldOrder(r)) {
        keys.add(r.name(i));
        vals.add(r.valueAt(i));
      }
      return pairs(keys, vals, columns, trailer, leftpad, "[ ", " ]", "  ", ",", " |->", "    ");
    }
    if (v instanceof FcnRcdValue fn) {
      List<Object> keys = new ArrayList<>();
      List<Value> vals = new ArrayList<>();
      for (int i = 0; i < fn.size(); i++) {
        keys.add(fn.domainAt(i));
        vals.add(fn.valueAt(i));
      }
      return pairs(keys, vals, columns, trailer, leftpad, "( ", " )", "  ", " @@", " :>", "    ");
    }
    return f;
  }

  private String simple(List<Value> items, int columns, int trailer, String leftpad, String open, String close,
      String pad, String sep) {
    int inner = columns - Math.max(open.length(), pad.length());
    int innerTrailer = trailer + close.length();
    String innerPad = leftpad + pad;
    StringBuilder sb = new StringBuilder(open);
    for (int k = 0; k < items.size(); k++) {
      if (k < items.size() - 1) {
        sb.append(format(items.get(k), inner, sep.length(), innerPad)).append(sep).append('\n').append(innerPad);
      } else {
        sb.append(format(items.get(k), inner, innerTrailer, innerPad));
      }
    }
    return sb.append(close).toString();
  }

  private String pairs(List<Object> keys, List<Value> vals, int columns, int trailer, String leftpad, String open,
      String close, String pad, String sep, String div, String divpad) {
    int cw = columns - Math.max(open.length(), pad.length());
    int tw = trailer + close.length();
    String lp = leftpad + pad;
    StringBuilder sb = new StringBuilder(open);
    for (int k = 0; k < keys.size(); k++) {
      Object key = keys.get(k);
      Value val = vals.get(k);
      String argFlat = key instanceof Value kv ? flat.print(kv) : (String) key;
      String valFlat = flat.print(val);
      boolean last = k == keys.size() - 1;
      int room = last ? cw - tw : cw;
      int sepLen = last ? 0 : sep.length();
      int valTrailer = last ? tw : sep.length();
      if (argFlat.length() + div.length() + 1 + valFlat.length() + sepLen <= room) {
        sb.append(argFlat).append(div).append(' ').append(valFlat);
      } else if (argFlat.length() + div.length() <= cw) {
        sb.append(argFlat).append(div).append('\n').append(lp).append(divpad)
            .append(format(val, cw - divpad.length(), valTrailer, lp + divpad));
      } else {
        String arg = key instanceof Value kv ? format(kv, cw, tw + div.length(), lp) : argFlat;
        sb.append(arg).append(div).append('\n').append(lp).append(divpad)
            .append(format(val, cw - divpad.length(), valTrailer, lp + divpad));
      }
      if (!last) {
        sb.append(sep).append('\n').append(lp);
      }
    }
    return sb.append(close).toString();
  }
}

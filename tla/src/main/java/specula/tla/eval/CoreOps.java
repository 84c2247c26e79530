package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntArith;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.MembershipSetValue;
import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.SeqOps;
import specula.tla.eval.value.SetOps;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Operators whose operands are all evaluated first: the language's set and function operators and the symbols of
 * Naturals, Integers, Sequences and TLC. Keyed by canonical spelling.
 */
final class CoreOps {
  private static final Set<String> STRICT = Set.of("=", "/=", "\\in", "\\notin", "\\cup", "\\cap", "\\",
      "\\subseteq", "\\subset", "\\supseteq", "\\supset", "SUBSET", "UNION", "DOMAIN", "\\X", "+", "-", "*", "^",
      "<", ">", "<=", ">=", "%", "\\div", "..", "-.", "\\o", ":>", "@@");

  private CoreOps() {
  }

  static boolean isStrict(String canonical) {
    return STRICT.contains(canonical);
  }

  /** A strict operator applied to its evaluated operands. */
  @FunctionalInterface
  interface Strict {
    Value apply(Value[] a);
  }

  // The most frequent binary operators, also called directly by compiled code (CompiledOps).
  static Value eq(Value x, Value y) {
    return BoolValue.of(x.tlcEquals(y));
  }

  static Value neq(Value x, Value y) {
    return BoolValue.of(!x.tlcEquals(y));
  }

  static Value in(Value x, Value y) {
    return BoolValue.of(set(y, "\\in").contains(x));
  }

  static Value notin(Value x, Value y) {
    return BoolValue.of(!set(y, "\\notin").contains(x));
  }

  static Value add(Value x, Value y) {
    return IntArith.add(num(x, "first", "+"), num(y, "second", "+"));
  }

  static Value sub(Value x, Value y) {
    return IntArith.sub(num(x, "first", "-"), num(y, "second", "-"));
  }

  static Value lt(Value x, Value y) {
    return BoolValue.of(num(x, "first", "<").val() < num(y, "second", "<").val());
  }

  static Value gt(Value x, Value y) {
    return BoolValue.of(num(x, "first", ">").val() > num(y, "second", ">").val());
  }

  static Value le(Value x, Value y) {
    return BoolValue.of(num(x, "first", "=<").val() <= num(y, "second", "=<").val());
  }

  static Value ge(Value x, Value y) {
    return BoolValue.of(num(x, "first", ">=").val() >= num(y, "second", ">=").val());
  }

  static Value apply(String op, Value[] a) {
    return strict(op).apply(a);
  }

  /** The implementation of a strict operator, chosen once per occurrence rather than at each evaluation. */
  static Strict strict(String op) {
    return switch (op) {
      case "=" -> a -> eq(a[0], a[1]);
      case "/=" -> a -> neq(a[0], a[1]);
      case "\\in" -> a -> in(a[0], a[1]);
      case "\\notin" -> a -> notin(a[0], a[1]);
      case "\\cup" -> a -> cup(set(a[0], "\\cup"), set(a[1], "\\cup"));
      case "\\cap" -> a -> cap(set(a[0], "\\cap"), set(a[1], "\\cap"));
      case "\\" -> a -> minus(set(a[0], "\\"), set(a[1], "\\"));
      case "\\subseteq" -> a -> BoolValue.of(SetOps.isSubset(set(a[0], "\\subseteq"), set(a[1], "\\subseteq")));
      case "\\supseteq" -> a -> BoolValue.of(SetOps.isSubset(set(a[1], "\\supseteq"), set(a[0], "\\supseteq")));
      case "\\subset" -> a -> BoolValue.of(SetOps.isSubset(set(a[0], "\\subset"), set(a[1], "\\subset"))
          && !a[0].tlcEquals(a[1]));
      case "\\supset" -> a -> BoolValue.of(SetOps.isSubset(set(a[1], "\\supset"), set(a[0], "\\supset"))
          && !a[0].tlcEquals(a[1]));
      case "SUBSET" -> a -> SetOps.powerset(set(a[0], "SUBSET"));
      case "UNION" -> a -> union(set(a[0], "UNION"));
      case "DOMAIN" -> a -> fn(a[0], "DOMAIN").domain();
      case "\\X" -> a -> {
        List<SetValue> fs = new ArrayList<>();
        for (Value v : a) {
          fs.add(set(v, "\\X"));
        }
        return new ProductSetValue(fs);
      };
      case "+" -> a -> add(a[0], a[1]);
      case "-" -> a -> sub(a[0], a[1]);
      case "*" -> a -> IntArith.mul(num(a[0], "first", "*"), num(a[1], "second", "*"));
      case "^" -> a -> IntArith.pow(num(a[0], "first", "^"), num(a[1], "second", "^"));
      case "<" -> a -> lt(a[0], a[1]);
      case ">" -> a -> gt(a[0], a[1]);
      case "<=" -> a -> le(a[0], a[1]);
      case ">=" -> a -> ge(a[0], a[1]);
      case "%" -> a -> IntArith.mod(num(a[0], "first", "%"), num(a[1], "second", "%"));
      case "\\div" -> a -> IntArith.div(num(a[0], "first", "\\div"), num(a[1], "second", "\\div"));
      case ".." -> a -> IntArith.range(num(a[0], "first", ".."), num(a[1], "second", ".."));
      case "-." -> a -> IntArith.neg(num(a[0], "first", "-"));
      case "\\o" -> a -> SeqOps.concat(a[0], a[1]);
      case ":>" -> a -> FcnOps.singleton(a[0], a[1]);
      case "@@" -> a -> FcnOps.merge(fn(a[0], "@@"), fn(a[1], "@@"));
      default -> throw new IllegalArgumentException(op);
    };
  }

  /*
   * TLC keeps unions, intersections and differences involving infinite sets lazy (membership only), as it keeps
   * {x \in Int : P}; so do we, otherwise Int \cup {NULL} could not even be built.
   */
  static SetValue cup(SetValue x, SetValue y) {
    if (x.isEnumerable() && y.isEnumerable()) {
      return SetOps.union(x, y);
    }
    return new MembershipSetValue(display(x) + " \\cup " + display(y), v -> x.contains(v) || y.contains(v));
  }

  static SetValue cap(SetValue x, SetValue y) {
    if (x.isEnumerable() || y.isEnumerable()) {
      SetValue fin = x.isEnumerable() ? x : y;
      SetValue other = fin == x ? y : x;
      return SetOps.filter(fin, other::contains);
    }
    return new MembershipSetValue(display(x) + " \\cap " + display(y), v -> x.contains(v) && y.contains(v));
  }

  static SetValue minus(SetValue x, SetValue y) {
    if (x.isEnumerable()) {
      return SetOps.filter(x, v -> !y.contains(v));
    }
    return new MembershipSetValue(display(x) + " \\ " + display(y), v -> x.contains(v) && !y.contains(v));
  }

  /** UNION S: membership checks each element of S; the union itself is built only when enumerated. */
  static SetValue union(SetValue s) {
    boolean finite = s.isEnumerable();
    if (finite) {
      for (Value v : s) {
        if (!(v instanceof SetValue e) || !e.isEnumerable()) {
          finite = false;
          break;
        }
      }
    }
    java.util.function.Predicate<Value> member = v -> {
      for (Value e : s) {
        if (set(e, "UNION").contains(v)) {
          return true;
        }
      }
      return false;
    };
    // The display is only shown for a non-enumerable union; do not print big sets for nothing.
    return new MembershipSetValue(finite ? "UNION" : "UNION " + display(s), member,
        finite ? () -> SetOps.unionAll(s) : null);
  }

  private static String display(SetValue s) {
    return ValuePrinter.DEFAULT.print(s);
  }

  static IntValue num(Value v, String position, String op) {
    if (v instanceof IntValue i) {
      return i;
    }
    throw IntArith.argument(position, op, "integer", v);
  }

  static SetValue set(Value v, String op) {
    if (v instanceof SetValue s) {
      return s;
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "Attempted to apply the operator " + op
        + " to a non-set value:\n" + ValuePrinter.DEFAULT.print(v));
  }

  static FunctionValue fn(Value v, String op) {
    if (v instanceof LazyFunctionValue l && op.equals("@@")) {
      return l.materialize();
    }
    if (v instanceof FunctionValue f) {
      return f;
    }
    throw new ValueException(ValueException.Kind.WRONG_TYPE, "Attempted to apply " + op
        + " to a non-function value:\n" + ValuePrinter.DEFAULT.print(v));
  }
}

package specula.tla.eval;

import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.syntax.ast.Parts;

import java.util.ArrayList;
import java.util.List;

/** Bound variables of quantifiers, set constructors, CHOOSE and functions: {@code x, y \in S}, {@code <<a, b>> \in T}. */
final class Bounds {
  private final Evaluator ev;

  Bounds(Evaluator ev) {
    this.ev = ev;
  }

  /** Visits bindings; return false from the visitor to stop. {@code elem} is the value of the last binder. */
  interface Visitor {
    boolean visit(Env env, Value elem);
  }

  /** One binder: a single name, or the names of a tuple pattern. */
  private record Binder(Parts.Bound bound, int nameIndex) {
  }

  private static List<Binder> binders(List<Parts.Bound> bs) {
    List<Binder> out = new ArrayList<>();
    for (Parts.Bound b : bs) {
      if (b.tuple()) {
        out.add(new Binder(b, -1));
      } else {
        for (int i = 0; i < b.names().size(); i++) {
          out.add(new Binder(b, i));
        }
      }
    }
    return out;
  }

  static EvalException unbounded(Parts.Bound b) {
    return new EvalException(EvalException.Kind.EVAL, "TLC cannot handle an unbounded quantifier or CHOOSE.",
        b.range());
  }

  SetValue domain(Parts.Bound b, Scope s, Env env, Ctx ctx) {
    if (b.set() == null) {
      throw unbounded(b);
    }
    return ev.asSet(ev.eval(b.set(), s, env, ctx), b.set());
  }

  /** Iterates one bound over an already evaluated set. */
  boolean forEachIn(Parts.Bound b, SetValue set, Env env, Ctx ctx, Visitor v) {
    List<Binder> list = binders(List.of(b));
    SetValue[] sets = new SetValue[list.size()];
    java.util.Arrays.fill(sets, set);
    return loop(list, sets, 0, env, null, v, ctx.services);
  }

  /** Iterates all combinations; returns false when the visitor stopped early. */
  boolean forEach(List<Parts.Bound> bs, Scope s, Env env, Ctx ctx, Visitor v) {
    List<Binder> list = binders(bs);
    SetValue[] sets = new SetValue[list.size()];
    Parts.Bound last = null;
    SetValue lastSet = null;
    for (int i = 0; i < sets.length; i++) {
      Parts.Bound b = list.get(i).bound();
      if (b != last) {
        lastSet = domain(b, s, env, ctx);
        last = b;
      }
      sets[i] = lastSet;
    }
    return loop(list, sets, 0, env, null, v, ctx.services);
  }

  static ValueException notEnumerable(SetValue s) {
    return new ValueException(ValueException.Kind.NOT_ENUMERABLE,
        "TLC encountered a non-enumerable quantifier bound\n" + Evaluator.print(s) + ".");
  }

  private boolean loop(List<Binder> list, SetValue[] sets, int i, Env env, Value elem, Visitor v, Services sv) {
    if (i == list.size()) {
      return v.visit(env, elem);
    }
    if (!sets[i].isEnumerable()) {
      throw notEnumerable(sets[i]);
    }
    for (Value x : sets[i]) {
      sv.checkStopped();
      Env e2 = bind(list.get(i), x, env);
      if (!loop(list, sets, i + 1, e2, x, v, sv)) {
        return false;
      }
    }
    return true;
  }

  private static Env bind(Binder b, Value x, Env env) {
    return bind(b.bound(), b.nameIndex(), x, env);
  }

  /** Binds one binder: name {@code nameIndex} of the bound, or all names of a tuple pattern when it is -1. */
  static Env bind(Parts.Bound bound, int nameIndex, Value x, Env env) {
    if (nameIndex >= 0) {
      return env.bind(bound.names().get(nameIndex).text(), x);
    }
    List<Parts.Name> names = bound.names();
    if (!(x instanceof FunctionValue f) || f.size() != names.size() || !(x instanceof TupleValue)) {
      throw new ValueException(ValueException.Kind.WRONG_TYPE, "Attempted to bind the tuple of identifiers <<"
          + String.join(", ", names.stream().map(Parts.Name::text).toList()) + ">> to " + Evaluator.print(x)
          + ", which is not a tuple of the same length.");
    }
    Env out = env;
    for (int i = 0; i < names.size(); i++) {
      out = out.bind(names.get(i).text(), f.valueAt(i));
    }
    return out;
  }

  /** Domain of {@code [x \in S, y \in T |-> e]}: S for one binder, else the product S \X T. */
  SetValue fnDomain(List<Parts.Bound> bs, Scope s, Env env, Ctx ctx) {
    List<Binder> list = binders(bs);
    if (list.size() == 1) {
      return domain(list.get(0).bound(), s, env, ctx);
    }
    List<SetValue> sets = new ArrayList<>();
    for (Binder b : list) {
      sets.add(domain(b.bound(), s, env, ctx));
    }
    return new ProductSetValue(sets);
  }

  /** Binds the function argument {@code arg} to the binders of a function constructor or definition. */
  Env bindArg(List<Parts.Bound> bs, Value arg, Env env) {
    List<Binder> list = binders(bs);
    if (list.size() == 1) {
      return bind(list.get(0), arg, env);
    }
    TupleValue t = (TupleValue) arg;
    Env out = env;
    for (int i = 0; i < list.size(); i++) {
      out = bind(list.get(i), t.get(i + 1), out);
    }
    return out;
  }
}

package specula.tla.eval;

import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Parts;

import java.util.ArrayList;
import java.util.List;

/**
 * The binders of a quantifier, set constructor, CHOOSE or function constructor, compiled: {@link Bounds} with the
 * binder list and the domain expressions prepared once. Domains are evaluated in the enclosing environment.
 */
final class CompiledBounds {
  private final Evaluator ev;
  private final Parts.Bound[] bounds;
  /** Per binder: which name of its bound, or -1 for a tuple pattern {@code <<a, b>> \in S}. */
  private final int[] nameIndex;
  private final Code[] domains;
  /** Per binder: the name bound (its binder's own string), or null for a tuple pattern. */
  private final String[] names;
  /** Where the body is compiled: the enclosing site with every bound name. */
  final Compiler.Site inner;

  CompiledBounds(Evaluator ev, Compiler compiler, List<Parts.Bound> bs, Compiler.Site site) {
    this.ev = ev;
    List<Parts.Bound> bl = new ArrayList<>();
    List<Integer> il = new ArrayList<>();
    List<Code> dl = new ArrayList<>();
    Compiler.Site in = site;
    for (Parts.Bound b : bs) {
      Code dom = b.set() == null ? null : compiler.compile(b.set(), site);
      if (b.tuple()) {
        bl.add(b);
        il.add(-1);
        dl.add(dom);
      } else {
        for (int i = 0; i < b.names().size(); i++) {
          bl.add(b);
          il.add(i);
          dl.add(dom);
        }
      }
      for (Parts.Name n : b.names()) {
        in = in.with(n.text());
      }
    }
    this.bounds = bl.toArray(new Parts.Bound[0]);
    this.nameIndex = il.stream().mapToInt(Integer::intValue).toArray();
    this.domains = dl.toArray(new Code[0]);
    this.names = new String[bounds.length];
    for (int i = 0; i < names.length; i++) {
      names[i] = nameIndex[i] < 0 ? null : bounds[i].names().get(nameIndex[i]).text();
    }
    this.inner = in;
  }

  int size() {
    return bounds.length;
  }

  SetValue domain(int i, Env env, Ctx ctx) {
    Parts.Bound b = bounds[i];
    if (b.set() == null) {
      throw Bounds.unbounded(b);
    }
    return ev.asSet(domains[i].eval(env, ctx), b.set());
  }

  /** Iterates all combinations; returns false when the visitor stopped early. */
  boolean forEach(Env env, Ctx ctx, Bounds.Visitor v) {
    SetValue[] sets = new SetValue[bounds.length];
    Parts.Bound last = null;
    SetValue lastSet = null;
    for (int i = 0; i < sets.length; i++) {
      if (bounds[i] != last) {
        lastSet = domain(i, env, ctx);
        last = bounds[i];
      }
      sets[i] = lastSet;
    }
    return loop(sets, 0, env, null, v, ctx.services);
  }

  /** Iterates every binder over one already evaluated set. */
  boolean forEachIn(SetValue set, Env env, Ctx ctx, Bounds.Visitor v) {
    SetValue[] sets = new SetValue[bounds.length];
    java.util.Arrays.fill(sets, set);
    return loop(sets, 0, env, null, v, ctx.services);
  }

  private boolean loop(SetValue[] sets, int i, Env env, Value elem, Bounds.Visitor v, Services sv) {
    if (i == sets.length) {
      return v.visit(env, elem);
    }
    if (!sets[i].isEnumerable()) {
      throw Bounds.notEnumerable(sets[i]);
    }
    for (Value x : sets[i]) {
      sv.checkStopped();
      Env e2 = bind(i, x, env);
      if (!loop(sets, i + 1, e2, x, v, sv)) {
        return false;
      }
    }
    return true;
  }

  private Env bind(int i, Value x, Env env) {
    String n = names[i];
    return n != null ? env.bind(n, x) : Bounds.bind(bounds[i], -1, x, env);
  }

  /** Domain of {@code [x \in S, y \in T |-> e]}: S for one binder, else the product S \X T. */
  SetValue fnDomain(Env env, Ctx ctx) {
    if (bounds.length == 1) {
      return domain(0, env, ctx);
    }
    List<SetValue> sets = new ArrayList<>();
    for (int i = 0; i < bounds.length; i++) {
      sets.add(domain(i, env, ctx));
    }
    return new ProductSetValue(sets);
  }

  /** Binds a function argument to the binders. */
  Env bindArg(Value arg, Env env) {
    if (bounds.length == 1) {
      return bind(0, arg, env);
    }
    TupleValue t = (TupleValue) arg;
    Env out = env;
    for (int i = 0; i < bounds.length; i++) {
      out = bind(i, t.get(i + 1), out);
    }
    return out;
  }
}

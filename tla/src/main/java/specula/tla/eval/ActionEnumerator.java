package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * Enumerates the states an Init predicate or the successors a Next action allows, the way TLC does: conjuncts left
 * to right, disjuncts and {@code \E} as branches, {@code x' = e} and {@code x' \in S} assign a variable not yet
 * assigned (and test it otherwise), UNCHANGED, IF/CASE/LET and operator calls are entered; anything else is
 * evaluated as a condition on the partial state.
 */
public final class ActionEnumerator {
  private final Evaluator ev;

  public ActionEnumerator(Evaluator ev) {
    this.ev = ev;
  }

  /** Receives complete or partial assignments; return false to stop the enumeration. */
  public interface Sink {
    boolean accept(Value[] assignment, ActionLabel label);
  }

  /** The name and location TLC shows for the action that produced a state. */
  public record ActionLabel(String name, Range range) {
  }

  private record Work(Expr e, Scope s, Env env, Work rest) {
  }

  private final class Run {
    final boolean init;
    final Value[] cur;
    final int level;
    final Services services;
    final Sink sink;

    Run(boolean init, Value[] cur, int level, Services services, Sink sink) {
      this.init = init;
      this.cur = cur;
      this.level = level;
      this.services = services;
      this.sink = sink;
    }

    Ctx ctx(Value[] partial) {
      return init ? new Ctx(partial, null, level, services) : new Ctx(cur, partial, level, services);
    }

    boolean run(Work w, Value[] partial, ActionLabel label, boolean locked) {
      if (w == null) {
        return sink.accept(partial, label);
      }
      Expr e = w.e;
      Scope s = w.s;
      Env env = w.env;
      Work rest = w.rest;
      if (e instanceof Exprs.Paren p) {
          return run(new Work(p.inner(), s, env, rest), partial, label, locked);
      }
      if (e instanceof Exprs.Label l) {
          return run(new Work(l.body(), s, env, rest), partial, label, locked);
      }
      if (e instanceof Exprs.Junction j) {
          return junction(j.isConjunction(), j.items(), s, env, rest, partial, label, locked);
      }
      if (e instanceof Exprs.Let l) {
          return run(new Work(l.body(), s, ev.bindLet(l.defs(), s, env), rest), partial, label, locked);
      }
      if (e instanceof Exprs.If i) {
          return run(new Work(ev.evalBool(i.cond(), s, env, ctx(partial)) ? i.then() : i.otherwise(), s, env,
              rest), partial, label, locked);
      }
      if (e instanceof Exprs.Case c) {
          for (Parts.CaseArm arm : c.arms()) {
            if (ev.evalBool(arm.guard(), s, env, ctx(partial))) {
              return run(new Work(arm.body(), s, env, rest), partial, label, locked);
            }
          }
          if (c.other() != null) {
            return run(new Work(c.other(), s, env, rest), partial, label, locked);
          }
          throw new EvalException(EvalException.Kind.EVAL, "Attempted to evaluate a CASE with no conditions true.",
              c.range());
        }
      if (e instanceof Exprs.Quant q && q.kind().equals("\\E") && q.bounds().stream().allMatch(b -> b.set() != null)) {
          boolean[] go = {true};
          ev.bounds.forEach(q.bounds(), s, env, ctx(partial), (bEnv, x) -> {
            go[0] = run(new Work(q.body(), s, bEnv, rest), partial, label, locked);
            return go[0];
          });
          return go[0];
        }
      if (e instanceof Exprs.ActionSub a) {
          if (!a.angle()) {
            return run(new Work(a.action(), s, env, rest), partial, label, locked)
                && unchanged(a.subscript(), s, env, rest, partial, label, locked);
          }
          Expr changed = new Exprs.OpApp(a.range(), "/=", "/=", Parts.Fixity.INFIX, List.of(
              new Exprs.OpApp(a.range(), "'", "'", Parts.Fixity.POSTFIX, List.of(a.subscript())), a.subscript()));
          return run(new Work(a.action(), s, env, new Work(changed, s, env, rest)), partial, label, locked);
        }
      if (e instanceof Exprs.OpApp op) {
          return opApp(op, s, env, rest, partial, label, locked);
      }
      if (e instanceof Exprs.Ident id) {
          return call(id.name(), List.of(), id.range(), s, env, rest, partial, label, locked, e);
      }
      if (e instanceof Exprs.Apply ap) {
          return call(ap.name(), ap.args(), ap.range(), s, env, rest, partial, label, locked, e);
      }
      if (e instanceof Exprs.Qualified q) {
          Calls.Selection sel = Calls.selection(q, s, env);
          if (sel != null) {
            return run(new Work(sel.expr(), sel.scope(), Env.EMPTY, rest), partial, label, locked);
          }
          Scope target = ev.calls.qualifiedScope(q, s, env, ctx(partial));
          Parts.Segment last = q.segments().get(q.segments().size() - 1);
          Binding b = target.lookup(SpecLoader.defName(last.name().text(), null));
          if (b instanceof Binding.Def d) {
            Env pe = ev.calls.bindParams(d.def(), last.args(), s, env, ctx(partial), Env.EMPTY);
            ActionLabel l2 = locked ? label : new ActionLabel(last.name().text(), d.def().range());
            return run(new Work(d.def().body(), d.scope(), pe, rest), partial, l2, locked);
          }
          return condition(e, s, env, rest, partial, label, locked);
        }
      return condition(e, s, env, rest, partial, label, locked);
    }

    private boolean junction(boolean conj, List<Expr> items, Scope s, Env env, Work rest, Value[] partial,
                             ActionLabel label, boolean locked) {
      if (conj) {
        Work w = rest;
        for (int i = items.size() - 1; i >= 0; i--) {
          w = new Work(items.get(i), s, env, w);
        }
        return run(w, partial, label, true);
      }
      for (Expr item : items) {
        if (!run(new Work(item, s, env, rest), partial, label, locked)) {
          return false;
        }
      }
      return true;
    }

    private boolean condition(Expr e, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                              boolean locked) {
      if (ev.evalBool(e, s, env, ctx(partial))) {
        return run(rest, partial, label, locked);
      }
      return true;
    }

    private boolean call(String name, List<Expr> args, Range r, Scope s, Env env, Work rest, Value[] partial,
                         ActionLabel label, boolean locked, Expr whole) {
      Object t = Calls.resolve(name, s, env);
      if (t instanceof Binding.Def def && def.def().params().size() == args.size()) {
        Env pe = ev.calls.bindParams(def.def(), args, s, env, ctx(partial), Env.EMPTY);
        ActionLabel l2 = locked ? label : new ActionLabel(name, def.def().range());
        return run(new Work(def.def().body(), def.scope(), pe, rest), partial, l2, locked);
      }
      if (t instanceof LetDef ld && ld.def instanceof Unit.OpDef od && od.params().size() == args.size()) {
        Env pe = ev.calls.bindParams(od, args, s, env, ctx(partial), ld.env);
        return run(new Work(od.body(), ld.scope, pe, rest), partial, label, locked);
      }
      if (t instanceof Thunk th && args.isEmpty()) {
        return run(new Work(th.expr(), th.scope(), th.env(), rest), partial, label, locked);
      }
      if (t instanceof Binding.Subst sub && !args.isEmpty() && sub.expr() instanceof Exprs.Ident target
          && Calls.resolve(target.name(), sub.scope(), sub.env()) instanceof Binding.Def def
          && def.def().params().size() == args.size()) {
        // An operator constant replaced by a definition (Send <- MCSend): enter the definition.
        Env pe = ev.calls.bindParams(def.def(), args, s, env, ctx(partial), Env.EMPTY);
        return run(new Work(def.def().body(), def.scope(), pe, rest), partial, label, locked);
      }
      if (t instanceof Binding.Subst sub && args.isEmpty()) {
        return run(new Work(sub.expr(), sub.scope(), sub.env(), rest), partial, label, locked);
      }
      return condition(whole, s, env, rest, partial, label, locked);
    }

    private boolean opApp(Exprs.OpApp op, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                          boolean locked) {
      String c = op.canonical();
      List<Expr> args = op.args();
      if (c.equals("/\\")) {
        return junction(true, args, s, env, rest, partial, label, locked);
      }
      if (c.equals("\\/")) {
        return junction(false, args, s, env, rest, partial, label, locked);
      }
      if (c.equals("UNCHANGED") && !init) {
        return unchanged(args.get(0), s, env, rest, partial, label, locked);
      }
      if (c.equals("=") || c.equals("\\in")) {
          int target = target(args.get(0), s, env);
          if (target >= 0 && partial[target] == null) {
            Value rhs = ev.eval(args.get(1), s, env, ctx(partial));
            if (c.equals("=")) {
              return run(rest, assign(partial, target, rhs), label, locked);
            }
            SetValue set = ev.asSet(rhs, args.get(1));
            try {
              for (Value x : set) {
                if (!run(rest, assign(partial, target, x), label, locked)) {
                  return false;
                }
              }
            } catch (ValueException ve) {
              throw new EvalException(EvalException.Kind.EVAL, ve.getMessage(), op.range());
            }
            return true;
          }
      }
      return condition(op, s, env, rest, partial, label, locked);
    }

    private boolean unchanged(Expr e, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                              boolean locked) {
      while (e instanceof Exprs.Paren p) {
        e = p.inner();
      }
      if (e instanceof Exprs.Tuple t) {
        Work w = rest;
        for (int i = t.elements().size() - 1; i >= 0; i--) {
          Expr el = t.elements().get(i);
          w = new Work(new Exprs.OpApp(el.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX, List.of(el)), s,
              env, w);
        }
        return run(w, partial, label, locked);
      }
      int target = varSlot(e, s, env);
      if (target >= 0) {
        Value now = cur[target];
        if (partial[target] == null) {
          return run(rest, assign(partial, target, now), label, locked);
        }
        return partial[target].equals(now) ? run(rest, partial, label, locked) : true;
      }
      if (e instanceof Exprs.Ident id) {
        Object t = Calls.resolve(id.name(), s, env);
        if (t instanceof Binding.Def d && d.def().params().isEmpty()) {
          return unchanged(d.def().body(), d.scope(), Env.EMPTY, rest, partial, label, locked);
        }
        if (t instanceof Binding.Subst sub) {
          return unchanged(sub.expr(), sub.scope(), sub.env(), rest, partial, label, locked);
        }
        if (t instanceof LetDef ld && ld.def instanceof Unit.OpDef od && od.params().isEmpty()) {
          return unchanged(od.body(), ld.scope, ld.env, rest, partial, label, locked);
        }
      }
      Expr cond = new Exprs.OpApp(e.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX, List.of(e));
      return condition(cond, s, env, rest, partial, label, locked);
    }

    /** The variable slot {@code e} assigns: {@code x'} in actions, {@code x} in Init; -1 otherwise. */
    private int target(Expr e, Scope s, Env env) {
      while (e instanceof Exprs.Paren p) {
        e = p.inner();
      }
      if (e instanceof Exprs.Ident id && env.lookup(id.name()) instanceof Thunk th) {
        // A parameter bound to x' (or, in Init, to x): Send(m, net, net') assigns net.
        return target(th.expr(), th.scope(), th.env());
      }
      if (init) {
        return varSlot(e, s, env);
      }
      if (e instanceof Exprs.OpApp op && op.canonical().equals("'")) {
        return varSlot(op.args().get(0), s, env);
      }
      return -1;
    }
  }

  /** The state slot of a variable reference, following INSTANCE substitutions of plain names. */
  private int varSlot(Expr e, Scope s, Env env) {
    while (e instanceof Exprs.Paren p) {
      e = p.inner();
    }
    if (!(e instanceof Exprs.Ident id)) {
      return -1;
    }
    Object t = Calls.resolve(id.name(), s, env);
    if (t instanceof Binding.Var v) {
      return v.index();
    }
    if (t instanceof Thunk th) {
      return varSlot(th.expr(), th.scope(), th.env());
    }
    if (t instanceof Binding.Subst sub) {
      return varSlot(sub.expr(), sub.scope(), sub.env());
    }
    return -1;
  }

  private static Value[] assign(Value[] partial, int slot, Value v) {
    Value[] copy = partial.clone();
    copy[slot] = v;
    return copy;
  }

  /** Enumerates the initial states (complete or not: the caller checks every variable got a value). */
  public void initial(Expr init, Scope s, int vars, Services services, Sink sink) {
    new Run(true, null, 0, services, sink).run(new Work(init, s, Env.EMPTY, null), new Value[vars], null, false);
  }

  /** Enumerates the successors of {@code cur} under {@code next}. */
  public void successors(Expr next, Scope s, Env env, Value[] cur, int level, Services services, Sink sink) {
    new Run(false, cur, level, services, sink).run(new Work(next, s, env, null), new Value[cur.length], null,
        false);
  }

  /** ENABLED A: some successor of the current state satisfies A. */
  boolean enabled(Expr a, Scope s, Env env, Ctx ctx) {
    boolean[] found = {false};
    new Run(false, ctx.cur, ctx.level, ctx.services, (next, l) -> {
      found[0] = true;
      return false;
    }).run(new Work(a, s, env, null), new Value[ctx.cur.length], null, false);
    return found[0];
  }

  static boolean isTrue(Value v) {
    return v == BoolValue.TRUE;
  }
}

package specula.tla.eval;

import specula.tla.eval.ActionEnumerator.Act;
import specula.tla.eval.ActionEnumerator.ActionLabel;
import specula.tla.eval.ActionEnumerator.Run;
import specula.tla.eval.ActionEnumerator.Work;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * The parts of action enumeration that depend on what names are bound to when run: a parameter bound to
 * {@code x'} (a thunk), an INSTANCE substitution, a LET definition, a qualified name. Same rules as the compiled
 * forms of {@link CompiledActions}, resolved through the environment at each use.
 */
final class ActionRuntime {
  private final Evaluator ev;
  private final CompiledActions actions;

  ActionRuntime(Evaluator ev, CompiledActions actions) {
    this.ev = ev;
    this.actions = actions;
  }

  /** The variable slot {@code e} assigns: {@code x'} in actions, {@code x} in Init; -1 otherwise. */
  int target(Run r, Expr e, Scope s, Env env) {
    e = CompiledActions.unparen(e);
    if (e instanceof Exprs.Ident id && env.lookup(id.name()) instanceof Thunk th) {
      // A parameter bound to x' (or, in Init, to x): Send(m, net, net') assigns net.
      return target(r, th.expr(), th.scope(), th.env());
    }
    if (r.init) {
      return varSlot(e, s, env);
    }
    if (e instanceof Exprs.OpApp op && op.canonical().equals("'")) {
      return varSlot(op.args().get(0), s, env);
    }
    return -1;
  }

  /** The state slot of a variable reference, following INSTANCE substitutions of plain names. */
  int varSlot(Expr e, Scope s, Env env) {
    e = CompiledActions.unparen(e);
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

  /** A variable kept by UNCHANGED: assigned its current value, or tested when already assigned. */
  static boolean keep(Run r, int slot, Work rest, Value[] partial, ActionLabel label, boolean locked) {
    Value now = r.cur[slot];
    if (partial[slot] == null) {
      return r.run(rest, ActionEnumerator.assign(partial, slot, now), label, locked);
    }
    return partial[slot].equals(now) ? r.run(rest, partial, label, locked) : true;
  }

  boolean unchanged(Run r, Expr e, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                    boolean locked) {
    e = CompiledActions.unparen(e);
    if (e instanceof Exprs.Tuple t) {
      Work w = rest;
      for (int i = t.elements().size() - 1; i >= 0; i--) {
        w = new Work(unchangedOp(t.elements().get(i), s), env, w);
      }
      return r.run(w, partial, label, locked);
    }
    int target = varSlot(e, s, env);
    if (target >= 0) {
      return keep(r, target, rest, partial, label, locked);
    }
    if (e instanceof Exprs.Ident id) {
      Object t = Calls.resolve(id.name(), s, env);
      if (t instanceof Binding.Def d && d.def().params().isEmpty()) {
        return unchanged(r, d.def().body(), d.scope(), Env.EMPTY, rest, partial, label, locked);
      }
      if (t instanceof Binding.Subst sub) {
        return unchanged(r, sub.expr(), sub.scope(), sub.env(), rest, partial, label, locked);
      }
      if (t instanceof LetDef ld && ld.def instanceof Unit.OpDef od && od.params().isEmpty()) {
        return unchanged(r, od.body(), ld.scope, ld.env, rest, partial, label, locked);
      }
    }
    return unchangedCondition(r, e, s, env, rest, partial, label, locked);
  }

  /** {@code UNCHANGED e} as a condition: e has the same value in both states. */
  private boolean unchangedCondition(Run r, Expr e, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                                     boolean locked) {
    Ctx ctx = r.ctx(partial);
    try {
      Value now = ev.eval(e, s, env, ctx);
      Value then = ev.eval(e, s, env, ctx.primed(e.range()));
      if (!now.equals(then)) {
        return true;
      }
    } catch (EvalException ex) {
      throw ex.at(e.range());
    }
    return r.run(rest, partial, label, locked);
  }

  /** UNCHANGED of one element of a tuple found when running (not cached: made for this use only). */
  private Act unchangedOp(Expr el, Scope s) {
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        if (r.init) {
          return unchangedCondition(r, el, s, env, rest, partial, label, locked);
        }
        return unchanged(r, el, s, env, rest, partial, label, locked);
      }
    };
  }

  boolean call(Run r, String name, List<Expr> args, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
               boolean locked, Act condition) {
    Object t = Calls.resolve(name, s, env);
    if (t instanceof Binding.Def def && def.def().params().size() == args.size()) {
      Env pe = ev.calls.bindParams(def.def(), args, s, env, r.ctx(partial), Env.EMPTY);
      ActionLabel l2 = locked ? label : new ActionLabel(name, def.def().range());
      return actions.defBody(def).run(r, pe, rest, partial, l2, locked);
    }
    if (t instanceof LetDef ld && ld.def instanceof Unit.OpDef od && od.params().size() == args.size()) {
      Env pe = ev.calls.bindParams(od, args, s, env, r.ctx(partial), ld.env);
      Act body = ld.action != null ? ld.action : actions.root(od.body(), ld.scope, pe);
      return body.run(r, pe, rest, partial, label, locked);
    }
    if (t instanceof Thunk th && args.isEmpty()) {
      return actions.root(th.expr(), th.scope(), th.env()).run(r, th.env(), rest, partial, label, locked);
    }
    if (t instanceof Binding.Subst sub && !args.isEmpty() && sub.expr() instanceof Exprs.Ident target
        && Calls.resolve(target.name(), sub.scope(), sub.env()) instanceof Binding.Def def
        && def.def().params().size() == args.size()) {
      // An operator constant replaced by a definition (Send <- MCSend): enter the definition.
      Env pe = ev.calls.bindParams(def.def(), args, s, env, r.ctx(partial), Env.EMPTY);
      return actions.defBody(def).run(r, pe, rest, partial, label, locked);
    }
    if (t instanceof Binding.Subst sub && args.isEmpty()) {
      return actions.root(sub.expr(), sub.scope(), sub.env()).run(r, sub.env(), rest, partial, label, locked);
    }
    return condition.run(r, env, rest, partial, label, locked);
  }

  boolean qualified(Run r, Exprs.Qualified q, Scope s, Env env, Work rest, Value[] partial, ActionLabel label,
                    boolean locked, Act condition) {
    Calls.Selection sel = Calls.selection(q, s, env);
    if (sel != null) {
      return actions.root(sel.expr(), sel.scope(), Env.EMPTY).run(r, Env.EMPTY, rest, partial, label, locked);
    }
    Scope target = ev.calls.qualifiedScope(q, s, env, r.ctx(partial));
    Parts.Segment last = q.segments().get(q.segments().size() - 1);
    Binding b = target.lookup(SpecLoader.defName(last.name().text(), null));
    if (b instanceof Binding.Def d) {
      Env pe = ev.calls.bindParams(d.def(), last.args(), s, env, r.ctx(partial), Env.EMPTY);
      ActionLabel l2 = locked ? label : new ActionLabel(last.name().text(), d.def().range());
      return actions.defBody(d).run(r, pe, rest, partial, l2, locked);
    }
    return condition.run(r, env, rest, partial, label, locked);
  }
}

package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Range;

/**
 * Enumerates the states an Init predicate or the successors a Next action allows, the way TLC does: conjuncts left
 * to right, disjuncts and {@code \E} as branches, {@code x' = e} and {@code x' \in S} assign a variable not yet
 * assigned (and test it otherwise), UNCHANGED, IF/CASE/LET and operator calls are entered; anything else is
 * evaluated as a condition on the partial state. The formulas are compiled once per scope ({@link CompiledActions}).
 */
public final class ActionEnumerator {
  private final CompiledActions actions;

  public ActionEnumerator(Evaluator ev) {
    this.actions = new CompiledActions(ev);
  }

  /** Receives complete or partial assignments; return false to stop the enumeration. */
  public interface Sink {
    boolean accept(Value[] assignment, ActionLabel label);
  }

  /** The name and location TLC shows for the action that produced a state. */
  public record ActionLabel(String name, Range range) {
  }

  /** What remains to be enumerated after the current formula: a formula and its bound names, then the rest. */
  record Work(Act act, Env env, Work rest) {
  }

  /** One enumeration: the state it starts from and where complete assignments go. */
  static final class Run {
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

    /** The context of the last partial state asked for: conditions on one partial state share it. */
    private Value[] ctxFor;
    private Ctx ctx;

    Ctx ctx(Value[] partial) {
      if (partial != ctxFor || ctx == null) {
        ctx = init ? new Ctx(partial, null, level, services) : new Ctx(cur, partial, level, services);
        ctxFor = partial;
      }
      return ctx;
    }

    boolean run(Work w, Value[] partial, ActionLabel label, boolean locked) {
      if (w == null) {
        return sink.accept(partial, label);
      }
      return w.act.run(this, w.env, w.rest, partial, label, locked);
    }
  }

  /** A formula compiled for enumeration in one scope. */
  abstract static class Act {
    abstract boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked);
  }

  static Value[] assign(Value[] partial, int slot, Value v) {
    Value[] copy = partial.clone();
    copy[slot] = v;
    return copy;
  }

  /** Enumerates the initial states (complete or not: the caller checks every variable got a value). */
  public void initial(Expr init, Scope s, int vars, Services services, Sink sink) {
    Run r = new Run(true, null, 0, services, sink);
    actions.root(init, s, Env.EMPTY).run(r, Env.EMPTY, null, new Value[vars], null, false);
  }

  /** Enumerates the successors of {@code cur} under {@code next}. */
  public void successors(Expr next, Scope s, Env env, Value[] cur, int level, Services services, Sink sink) {
    Run r = new Run(false, cur, level, services, sink);
    actions.root(next, s, env).run(r, env, null, new Value[cur.length], null, false);
  }

  /** ENABLED A: some successor of the current state satisfies A. */
  boolean enabled(Expr a, Scope s, Env env, Ctx ctx) {
    boolean[] found = {false};
    Run r = new Run(false, ctx.cur, ctx.level, ctx.services, (next, l) -> {
      found[0] = true;
      return false;
    });
    actions.root(a, s, env).run(r, env, null, new Value[ctx.cur.length], null, false);
    return found[0];
  }

  static boolean isTrue(Value v) {
    return v == BoolValue.TRUE;
  }
}

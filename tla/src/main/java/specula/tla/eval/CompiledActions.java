package specula.tla.eval;

import specula.tla.eval.ActionEnumerator.Act;
import specula.tla.eval.ActionEnumerator.ActionLabel;
import specula.tla.eval.ActionEnumerator.Run;
import specula.tla.eval.ActionEnumerator.Work;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles Init/Next formulas for {@link ActionEnumerator}: conjunctions, disjunctions, {@code \E}, IF/CASE/LET,
 * assignments {@code x' = e} / {@code x' \in S}, UNCHANGED and calls of definitions become {@link Act} nodes whose
 * targets (variable slots, definitions) are resolved once; everything else is a condition compiled as {@link Code}.
 * What depends on the environment (a parameter bound to {@code x'}, an INSTANCE substitution) is resolved when run,
 * exactly as before compilation ({@link ActionRuntime}).
 */
final class CompiledActions {
  /** A variable slot that can only be found when running (the name may be bound to a thunk or substitution). */
  static final int DYNAMIC = -2;

  private final Evaluator ev;
  private final Compiler compiler;
  private final ActionRuntime runtime;

  CompiledActions(Evaluator ev) {
    this.ev = ev;
    this.compiler = ev.compiler;
    this.runtime = new ActionRuntime(ev, this);
  }

  /** The act of {@code e} entered in {@code s} with {@code env}: compiled once per scope. */
  Act root(Expr e, Scope s, Env env) {
    boolean open = env != Env.EMPTY;
    IdentityCache<Expr, Act> cache = open ? s.actionsOpen : s.actions;
    Act a = cache.get(e);
    if (a == null) {
      a = compile(e, new Compiler.Site(s, open ? Compiler.Lex.of(env.names()) : null, open));
      cache.put(e, a);
    }
    return a;
  }

  /** The body of a module-level definition entered as an action, its parameters bound. */
  Act defBody(Binding.Def d) {
    Scope s = d.scope();
    Binding.CompiledAction ca = d.cache().action;
    int gen = s.generation;
    if (ca == null || ca.generation() != gen) {
      Compiler.Lex lex = null;
      for (Parts.Param p : d.def().params()) {
        lex = new Compiler.Lex(p.name().text(), lex);
      }
      ca = new Binding.CompiledAction(compile(d.def().body(), new Compiler.Site(s, lex, false)), gen);
      d.cache().action = ca;
    }
    return ca.act();
  }

  Act compile(Expr e, Compiler.Site site) {
    if (e instanceof Exprs.Paren p) {
      return compile(p.inner(), site);
    }
    if (e instanceof Exprs.Label l) {
      return compile(l.body(), site);
    }
    if (e instanceof Exprs.Junction j) {
      return junction(j.isConjunction(), j.items(), site);
    }
    if (e instanceof Exprs.Let l) {
      return let(l, site);
    }
    if (e instanceof Exprs.If i) {
      Code cond = compiler.compile(i.cond(), site);
      Act then = compile(i.then(), site);
      Act otherwise = compile(i.otherwise(), site);
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return (cond.evalBool(env, r.ctx(partial)) ? then : otherwise).run(r, env, rest, partial, label, locked);
        }
      };
    }
    if (e instanceof Exprs.Case c) {
      return caseOf(c, site);
    }
    if (e instanceof Exprs.Quant q && q.kind().equals("\\E") && q.bounds().stream().allMatch(b -> b.set() != null)) {
      CompiledBounds cb = new CompiledBounds(ev, compiler, q.bounds(), site);
      Act body = compile(q.body(), cb.inner);
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          boolean[] go = {true};
          cb.forEach(env, r.ctx(partial), (bEnv, x) -> {
            go[0] = body.run(r, bEnv, rest, partial, label, locked);
            return go[0];
          });
          return go[0];
        }
      };
    }
    if (e instanceof Exprs.ActionSub a) {
      return actionSub(a, site);
    }
    if (e instanceof Exprs.OpApp op) {
      return opApp(op, site);
    }
    if (e instanceof Exprs.Ident id) {
      return call(e, id.name(), List.of(), site);
    }
    if (e instanceof Exprs.Apply ap) {
      return call(e, ap.name(), ap.args(), site);
    }
    if (e instanceof Exprs.Qualified q) {
      Act cond = condition(e, site);
      Scope s = site.scope();
      Binding b = compiler.qualifiedTarget(q, site);
      if (b instanceof Binding.Def d) {
        Parts.Segment last = q.segments().get(q.segments().size() - 1);
        if (d.def().params().size() == last.args().size()) {
          return enter(d, last.name().text(), last.args(), site);
        }
      }
      if (b != null && !(b instanceof Binding.Def)) {
        return cond;
      }
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return runtime.qualified(r, q, s, env, rest, partial, label, locked, cond);
        }
      };
    }
    return condition(e, site);
  }

  /** A formula that only constrains: evaluated on the partial state; the enumeration goes on when it holds. */
  Act condition(Expr e, Compiler.Site site) {
    return condition(compiler.compile(e, site));
  }

  static Act condition(Code c) {
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        if (c.evalBool(env, r.ctx(partial))) {
          return r.run(rest, partial, label, locked);
        }
        return true;
      }
    };
  }

  private Act junction(boolean conj, List<Expr> items, Compiler.Site site) {
    Act[] acts = new Act[items.size()];
    for (int i = 0; i < acts.length; i++) {
      acts[i] = compile(items.get(i), site);
    }
    if (conj) {
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          Work w = rest;
          for (int i = acts.length - 1; i >= 0; i--) {
            w = new Work(acts[i], env, w);
          }
          return r.run(w, partial, label, true);
        }
      };
    }
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        for (Act a : acts) {
          if (!a.run(r, env, rest, partial, label, locked)) {
            return false;
          }
        }
        return true;
      }
    };
  }

  private Act caseOf(Exprs.Case c, Compiler.Site site) {
    int n = c.arms().size();
    Code[] guards = new Code[n];
    Act[] bodies = new Act[n];
    for (int i = 0; i < n; i++) {
      guards[i] = compiler.compile(c.arms().get(i).guard(), site);
      bodies[i] = compile(c.arms().get(i).body(), site);
    }
    Act other = c.other() == null ? null : compile(c.other(), site);
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        for (int i = 0; i < guards.length; i++) {
          if (guards[i].evalBool(env, r.ctx(partial))) {
            return bodies[i].run(r, env, rest, partial, label, locked);
          }
        }
        if (other != null) {
          return other.run(r, env, rest, partial, label, locked);
        }
        throw new EvalException(EvalException.Kind.EVAL, "Attempted to evaluate a CASE with no conditions true.",
            c.range());
      }
    };
  }

  private Act let(Exprs.Let l, Compiler.Site site) {
    LetGroup group = LetGroup.of(l, site);
    Code[] codes = new Code[group.size()];
    Act[] acts = new Act[group.size()];
    for (int i = 0; i < codes.length; i++) {
      Compiler.Site at = group.bodySite(i);
      if (at != null) {
        Expr body = ((Unit.OpDef) group.units()[i]).body();
        codes[i] = compiler.compile(body, at);
        acts[i] = compile(body, at);
      }
    }
    Act body = compile(l.body(), group.inner());
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        return body.run(r, group.bind(env, codes, acts), rest, partial, label, locked);
      }
    };
  }

  private Act actionSub(Exprs.ActionSub a, Compiler.Site site) {
    Act action = compile(a.action(), site);
    if (!a.angle()) {
      Act unchanged = unchanged(a.subscript(), site, 0);
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return action.run(r, env, rest, partial, label, locked)
              && unchanged.run(r, env, rest, partial, label, locked);
        }
      };
    }
    Expr changed = new Exprs.OpApp(a.range(), "/=", "/=", Parts.Fixity.INFIX, List.of(
        new Exprs.OpApp(a.range(), "'", "'", Parts.Fixity.POSTFIX, List.of(a.subscript())), a.subscript()));
    Act change = condition(changed, site);
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        return action.run(r, env, new Work(change, env, rest), partial, label, locked);
      }
    };
  }

  private Act opApp(Exprs.OpApp op, Compiler.Site site) {
    String c = op.canonical();
    List<Expr> args = op.args();
    if (c.equals("/\\")) {
      return junction(true, args, site);
    }
    if (c.equals("\\/")) {
      return junction(false, args, site);
    }
    if (c.equals("UNCHANGED")) {
      return unchangedOp(op, site, 0);
    }
    if (c.equals("=") || c.equals("\\in")) {
      return assignment(op, c.equals("="), site);
    }
    return condition(op, site);
  }

  /** {@code UNCHANGED e}: a condition in Init, else assigns or tests the variables of e. */
  private Act unchangedOp(Exprs.OpApp op, Compiler.Site site, int depth) {
    Act cond = condition(op, site);
    Act unchanged = unchanged(op.args().get(0), site, depth);
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        return (r.init ? cond : unchanged).run(r, env, rest, partial, label, locked);
      }
    };
  }

  private Act assignment(Exprs.OpApp op, boolean equals, Compiler.Site site) {
    Expr lhs = op.args().get(0);
    Expr rhsExpr = op.args().get(1);
    Code rhs = compiler.compile(rhsExpr, site);
    Act cond = condition(op, site);
    int slotInit = DYNAMIC;
    int slotNext = DYNAMIC;
    Expr l = unparen(lhs);
    if (!site.open()) {
      if (l instanceof Exprs.Ident id && Compiler.Lex.find(site.lex(), id.name()) == null) {
        slotInit = varSlot(l, site);
        slotNext = -1;
      } else if (l instanceof Exprs.OpApp p && p.canonical().equals("'")) {
        slotInit = -1;
        slotNext = varSlot(p.args().get(0), site);
      } else if (!(l instanceof Exprs.Ident)) {
        slotInit = -1;
        slotNext = -1;
      }
    }
    int si = slotInit;
    int sn = slotNext;
    Scope s = site.scope();
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        int t = r.init ? si : sn;
        if (t == DYNAMIC) {
          t = runtime.target(r, lhs, s, env);
        }
        if (t < 0 || partial[t] != null) {
          return cond.run(r, env, rest, partial, label, locked);
        }
        Value v = rhs.eval(env, r.ctx(partial));
        if (equals) {
          return r.run(rest, ActionEnumerator.assign(partial, t, v), label, locked);
        }
        SetValue set = ev.asSet(v, rhsExpr);
        try {
          for (Value x : set) {
            if (!r.run(rest, ActionEnumerator.assign(partial, t, x), label, locked)) {
              return false;
            }
          }
        } catch (ValueException ve) {
          throw new EvalException(EvalException.Kind.EVAL, ve.getMessage(), op.range());
        }
        return true;
      }
    };
  }

  static Expr unparen(Expr e) {
    while (e instanceof Exprs.Paren p) {
      e = p.inner();
    }
    return e;
  }

  /** The slot of a variable named in a closed site; DYNAMIC when it depends on the environment; -1 if none. */
  private int varSlot(Expr e, Compiler.Site site) {
    e = unparen(e);
    if (!(e instanceof Exprs.Ident id)) {
      return -1;
    }
    if (site.open() || Compiler.Lex.find(site.lex(), id.name()) != null) {
      return DYNAMIC;
    }
    Binding b = site.scope().lookup(id.name());
    if (b instanceof Binding.Var v) {
      return v.index();
    }
    return b instanceof Binding.Subst ? DYNAMIC : -1;
  }

  /** UNCHANGED of e in a successor: variables keep their value (assigned, or tested when already assigned). */
  Act unchanged(Expr e, Compiler.Site site, int depth) {
    e = unparen(e);
    Scope s = site.scope();
    if (e instanceof Exprs.Tuple t) {
      Act[] els = new Act[t.elements().size()];
      for (int i = 0; i < els.length; i++) {
        Expr el = t.elements().get(i);
        els[i] = unchangedOp(new Exprs.OpApp(el.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX,
            List.of(el)), site, depth + 1);
      }
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          Work w = rest;
          for (int i = els.length - 1; i >= 0; i--) {
            w = new Work(els[i], env, w);
          }
          return r.run(w, partial, label, locked);
        }
      };
    }
    int slot = varSlot(e, site);
    if (slot >= 0) {
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return ActionRuntime.keep(r, slot, rest, partial, label, locked);
        }
      };
    }
    Expr whole = e;
    if (slot == DYNAMIC || depth > 64) {
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return runtime.unchanged(r, whole, s, env, rest, partial, label, locked);
        }
      };
    }
    if (e instanceof Exprs.Ident id && s.lookup(id.name()) instanceof Binding.Def d && d.def().params().isEmpty()) {
      Act inner = unchanged(d.def().body(), new Compiler.Site(d.scope(), null, false), depth + 1);
      return new Act() {
        boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
          return inner.run(r, Env.EMPTY, rest, partial, label, locked);
        }
      };
    }
    return condition(new Exprs.OpApp(e.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX, List.of(e)), site);
  }

  private Act call(Expr e, String name, List<Expr> args, Compiler.Site site) {
    Act cond = condition(e, site);
    Scope s = site.scope();
    if (!site.open() && Compiler.Lex.find(site.lex(), name) == null) {
      Binding b = s.lookup(name);
      if (b instanceof Binding.Def d && d.def().params().size() == args.size()) {
        return enter(d, name, args, site);
      }
      if (!(b instanceof Binding.Subst)) {
        return cond;
      }
    }
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        return runtime.call(r, name, args, s, env, rest, partial, label, locked, cond);
      }
    };
  }

  /** Enters a definition's body as an action: arguments bound, the action named after it unless locked. */
  private Act enter(Binding.Def d, String name, List<Expr> args, Compiler.Site site) {
    ParamBinder pb = new ParamBinder(ev, d.def(), args, compiler.all(args, site), site.scope());
    ActionLabel own = new ActionLabel(name, d.def().range());
    return new Act() {
      boolean run(Run r, Env env, Work rest, Value[] partial, ActionLabel label, boolean locked) {
        Env pe = pb.bind(Env.EMPTY, env, r.ctx(partial));
        return defBody(d).run(r, pe, rest, partial, locked ? label : own, locked);
      }
    };
  }
}

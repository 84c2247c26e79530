package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnSetValue;
import specula.tla.eval.value.RecordSetValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an expression into {@link Code} for one scope, once: what each name denotes (a bound name, found by the
 * identity of its binder's string, or a module-level binding looked up now) and which built-in each operator is.
 * Forms that are rare or whose evaluation is dominated by other work are left to the interpreter
 * ({@link Evaluator#eval0}).
 */
final class Compiler {
  private final Evaluator ev;
  private final CompiledNames names;
  private final CompiledOps ops;
  private final CompiledBinders binders;

  Compiler(Evaluator ev) {
    this.ev = ev;
    this.names = new CompiledNames(ev, this);
    this.ops = new CompiledOps(ev, this);
    this.binders = new CompiledBinders(ev, this);
  }

  /** Bound names visible at a point of the expression, innermost first (binder strings, compared by identity). */
  record Lex(String name, Lex next) {
    static String find(Lex l, String text) {
      for (; l != null; l = l.next) {
        if (l.name.equals(text)) {
          return l.name;
        }
      }
      return null;
    }

    static Lex of(List<String> innermostFirst) {
      Lex l = null;
      for (int i = innermostFirst.size() - 1; i >= 0; i--) {
        l = new Lex(innermostFirst.get(i), l);
      }
      return l;
    }
  }

  /**
   * Where an expression is compiled. {@code open}: the environment it runs in may bind names that {@code lex} does
   * not list (it was entered from the interpreter), so a module-level name must first be looked up there.
   */
  record Site(Scope scope, Lex lex, boolean open) {
    Site with(String name) {
      return new Site(scope, new Lex(name, lex), open);
    }
  }

  /** The code of {@code e} evaluated in {@code s} with {@code env}: compiled on first use, then shared. */
  Code root(Expr e, Scope s, Env env) {
    boolean open = env != Env.EMPTY;
    IdentityCache<Expr, Code> cache = open ? s.compiledOpen : s.compiled;
    Code c = cache.get(e);
    if (c == null) {
      c = compile(e, new Site(s, open ? Lex.of(env.names()) : null, open));
      cache.put(e, c);
    }
    return c;
  }

  /** A function definition {@code f[x \in S] == e} compiled: its binders (after f itself) and body. */
  record FnCode(CompiledBounds bounds, Code body) {
  }

  /** The compiled form of a module-level function definition of scope {@code s}. */
  FnCode fnDef(Unit.FnDef def, Scope s) {
    FnCode fc = s.fnCode.get(def);
    if (fc == null) {
      Site site = new Site(s, new Lex(def.name().text(), null), false);
      CompiledBounds cb = new CompiledBounds(ev, this, def.bounds(), site);
      fc = new FnCode(cb, compile(def.body(), cb.inner));
      s.fnCode.put(def, fc);
    }
    return fc;
  }

  /** Evaluates a module-level definition's body with its parameters bound in {@code params}. */
  Value runDef(Binding.Def d, Env params, Ctx ctx) {
    Scope s = d.scope();
    if (s.interpretive) {
      return ev.interpret(d.def().body(), s, params, ctx);
    }
    Binding.CompiledBody cb = d.cache().body;
    int gen = s.generation;
    if (cb == null || cb.generation() != gen) {
      Lex lex = null;
      for (Parts.Param p : d.def().params()) {
        lex = new Lex(p.name().text(), lex);
      }
      cb = new Binding.CompiledBody(compile(d.def().body(), new Site(s, lex, false)), gen);
      d.cache().body = cb;
    }
    return cb.code().eval(params, ctx);
  }

  Code compile(Expr e, Site site) {
    if (e instanceof Exprs.Paren p) {
      return compile(p.inner(), site);
    }
    if (e instanceof Exprs.Label l) {
      return compile(l.body(), site);
    }
    if (e instanceof Exprs.Ident id) {
      return names().name(id, id.name(), List.of(), site);
    }
    if (e instanceof Exprs.Apply a) {
      return names().name(a, a.name(), a.args(), site);
    }
    if (e instanceof Exprs.OpApp op) {
      return ops().opApp(op, site);
    }
    if (e instanceof Exprs.NumberLit n) {
      try {
        return constant(e, Evaluator.number(n));
      } catch (EvalException ex) {
        return interpreted(e, site);
      }
    }
    if (e instanceof Exprs.StringLit str) {
      return constant(e, StringValue.of(str.value()));
    }
    if (e instanceof Exprs.At) {
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          Object v = env.lookup("@");
          if (v == null) {
            throw new EvalException(EvalException.Kind.EVAL, "@ used outside EXCEPT.", e.range());
          }
          return (Value) v;
        }
      };
    }
    if (e instanceof Exprs.If i) {
      Code c = compile(i.cond(), site);
      Code t = compile(i.then(), site);
      Code o = compile(i.otherwise(), site);
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          return c.evalBool(env, ctx) ? t.eval(env, ctx) : o.eval(env, ctx);
        }
      };
    }
    if (e instanceof Exprs.Case c) {
      return caseOf(c, site);
    }
    if (e instanceof Exprs.Let l) {
      return binders().let(l, site);
    }
    if (e instanceof Exprs.Junction j) {
      return ops().junction(e, j.isConjunction(), j.items(), site);
    }
    if (e instanceof Exprs.Quant || e instanceof Exprs.Choose || e instanceof Exprs.SetFilter
        || e instanceof Exprs.SetMap || e instanceof Exprs.FnCtor) {
      Code c = binders().binding(e, site);
      return c != null ? c : interpreted(e, site);
    }
    if (e instanceof Exprs.SetEnum se) {
      Code[] cs = all(se.elements(), site);
      return folded(new Code(e) {
        Value exec(Env env, Ctx ctx) {
          return SetEnumValue.of(evalAll(cs, env, ctx));
        }
      }, cs);
    }
    if (e instanceof Exprs.Tuple t) {
      Code[] cs = all(t.elements(), site);
      return folded(new Code(e) {
        Value exec(Env env, Ctx ctx) {
          return TupleValue.of(evalAll(cs, env, ctx));
        }
      }, cs);
    }
    if (e instanceof Exprs.FnSet fs) {
      Code d = compile(fs.domain(), site);
      Code r = compile(fs.codomain(), site);
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          SetValue dom = ev.asSet(d.eval(env, ctx), fs.domain());
          return new FcnSetValue(dom, ev.asSet(r.eval(env, ctx), fs.codomain()));
        }
      };
    }
    if (e instanceof Exprs.RecordCtor r) {
      return record(r, site);
    }
    if (e instanceof Exprs.RecordSet r) {
      return recordSet(r, site);
    }
    if (e instanceof Exprs.Except x) {
      return binders().except(x, site);
    }
    if (e instanceof Exprs.FnApply fa) {
      return fnApply(fa, site);
    }
    if (e instanceof Exprs.FieldAccess fa) {
      Code rec = compile(fa.record(), site);
      StringValue field = StringValue.of(fa.field().text());
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          return ev.apply(rec.eval(env, ctx), field, fa.range());
        }
      };
    }
    if (e instanceof Exprs.ActionSub a) {
      Code action = compile(a.action(), site);
      Code sub = compile(a.subscript(), site);
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          boolean unchanged = sub.eval(env, ctx.primed(a.range())).equals(sub.eval(env, ctx));
          if (!a.angle()) {
            return BoolValue.of(unchanged || action.evalBool(env, ctx));
          }
          return BoolValue.of(!unchanged && action.evalBool(env, ctx));
        }
      };
    }
    if (e instanceof Exprs.Qualified q) {
      Binding b = qualifiedTarget(q, site);
      if (b != null) {
        String n = SpecLoader.defName(q.segments().get(q.segments().size() - 1).name().text(), null);
        return names.target(e, n, q.segments().get(q.segments().size() - 1).args(), b, site);
      }
    }
    return interpreted(e, site);
  }

  /**
   * What {@code I!J!Op(args)} denotes when every instance on the way is a plain (unparameterised) INSTANCE named
   * statically: the binding of Op in that instance's scope; null otherwise (resolved when evaluated).
   */
  Binding qualifiedTarget(Exprs.Qualified q, Site site) {
    List<Parts.Segment> segs = q.segments();
    if (site.open() || segs.size() < 2 || isSelector(segs.get(1).name().text())) {
      return null;
    }
    Scope cur = site.scope();
    for (int i = 0; i < segs.size() - 1; i++) {
      Parts.Segment seg = segs.get(i);
      String name = seg.name().text();
      if (!seg.args().isEmpty() || i == 0 && Lex.find(site.lex(), name) != null) {
        return null;
      }
      if (!(cur.lookup(name) instanceof Binding.Instance inst) || !inst.def().params().isEmpty()) {
        return null;
      }
      try {
        cur = ev.spec.loader().instanceScope(inst, Env.EMPTY);
      } catch (RuntimeException e) {
        return null; // reported if and when the expression is evaluated, as without compiling
      }
    }
    Parts.Segment last = segs.get(segs.size() - 1);
    return cur.lookup(SpecLoader.defName(last.name().text(), null));
  }

  private static boolean isSelector(String t) {
    return t.equals(":") || !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  Code[] all(List<Expr> es, Site site) {
    Code[] cs = new Code[es.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = compile(es.get(i), site);
    }
    return cs;
  }

  static Code constant(Expr e, Value v) {
    return new Const(e, v);
  }

  /** Code whose value is known when compiling: a literal, a constant, or a constructor of such values. */
  static final class Const extends Code {
    final Value value;

    Const(Expr e, Value value) {
      super(e);
      this.value = value;
    }

    @Override
    Value exec(Env env, Ctx ctx) {
      return value;
    }
  }

  /**
   * {@code c} built once when all its parts are {@link Const} (a literal such as {@code {"ncs", "e1"}} is then
   * not rebuilt and re-sorted at every evaluation). Names are already resolved to values in {@code parts}, so this
   * adds no staleness; a constructor that fails (e.g. incomparable set elements) is left to fail when evaluated,
   * with its location, as before.
   */
  static Code folded(Code c, Code[] parts) {
    for (Code p : parts) {
      if (!(p instanceof Const)) {
        return c;
      }
    }
    try {
      return new Const(c.expr, c.exec(Env.EMPTY, null));
    } catch (RuntimeException e) {
      return c;
    }
  }

  /** Left to the interpreter, which evaluates the parts through {@link Evaluator#eval} (compiled again there). */
  Code interpreted(Expr e, Site site) {
    Scope s = site.scope();
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        return ev.eval0(e, s, env, ctx);
      }
    };
  }

  private Code caseOf(Exprs.Case c, Site site) {
    int n = c.arms().size();
    Code[] guards = new Code[n];
    Code[] bodies = new Code[n];
    for (int i = 0; i < n; i++) {
      guards[i] = compile(c.arms().get(i).guard(), site);
      bodies[i] = compile(c.arms().get(i).body(), site);
    }
    Code other = c.other() == null ? null : compile(c.other(), site);
    return new Code(c) {
      Value exec(Env env, Ctx ctx) {
        for (int i = 0; i < guards.length; i++) {
          if (guards[i].evalBool(env, ctx)) {
            return bodies[i].eval(env, ctx);
          }
        }
        if (other != null) {
          return other.eval(env, ctx);
        }
        throw new EvalException(EvalException.Kind.EVAL,
            "Attempted to evaluate a CASE with no conditions true.", c.range());
      }
    };
  }

  private Code record(Exprs.RecordCtor r, Site site) {
    int n = r.fields().size();
    String[] names = new String[n];
    Code[] values = new Code[n];
    for (int i = 0; i < n; i++) {
      names[i] = r.fields().get(i).name().text();
      values[i] = compile(r.fields().get(i).value(), site);
    }
    return folded(new Code(r) {
      Value exec(Env env, Ctx ctx) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
          fields.put(names[i], values[i].eval(env, ctx));
        }
        return RecordValue.of(fields);
      }
    }, values);
  }

  private Code recordSet(Exprs.RecordSet r, Site site) {
    int n = r.fields().size();
    String[] names = new String[n];
    Code[] sets = new Code[n];
    for (int i = 0; i < n; i++) {
      names[i] = r.fields().get(i).name().text();
      sets[i] = compile(r.fields().get(i).value(), site);
    }
    return new Code(r) {
      Value exec(Env env, Ctx ctx) {
        SetValue[] vs = new SetValue[names.length];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = ev.asSet(sets[i].eval(env, ctx), r.fields().get(i).value());
        }
        return new RecordSetValue(names.clone(), vs);
      }
    };
  }

  private Code fnApply(Exprs.FnApply fa, Site site) {
    Code f = compile(fa.function(), site);
    Code[] args = all(fa.args(), site);
    if (args.length == 1) {
      Code a = args[0];
      return new Code(fa) {
        Value exec(Env env, Ctx ctx) {
          Value fv = f.eval(env, ctx);
          return ev.apply(fv, a.eval(env, ctx), fa.range());
        }
      };
    }
    return new Code(fa) {
      Value exec(Env env, Ctx ctx) {
        Value fv = f.eval(env, ctx);
        return ev.apply(fv, TupleValue.of(evalAll(args, env, ctx)), fa.range());
      }
    };
  }

  /** The name of a LET definition or a module-level one as it is bound (prefix minus is "-."). */
  static String defName(Unit u) {
    if (u instanceof Unit.OpDef d) {
      return SpecLoader.defName(d.name().text(), d.fixity());
    }
    if (u instanceof Unit.FnDef f) {
      return f.name().text();
    }
    return null;
  }

  CompiledNames names() {
    return names;
  }

  CompiledOps ops() {
    return ops;
  }

  CompiledBinders binders() {
    return binders;
  }
}

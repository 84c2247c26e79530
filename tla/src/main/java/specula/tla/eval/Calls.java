package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.Values;
import specula.tla.eval.value.InfiniteSetValue;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/** Names and operator applications: resolution (environment, then scope), argument passing and built-ins. */
final class Calls {
  private final Evaluator ev;

  Calls(Evaluator ev) {
    this.ev = ev;
  }

  /** What a name denotes here: an environment entry (Value, Thunk, OpClosure, LetDef) or a scope Binding. */
  static Object resolve(String name, Scope s, Env env) {
    Object o = env.lookup(name);
    return o != null ? o : s.lookup(name);
  }

  Value name(String name, List<Expr> args, Scope s, Env env, Ctx ctx, Range r) {
    Object target = resolve(name, s, env);
    if (target == null) {
      return missing(name, args, r);
    }
    return invoke(target, name, args, s, env, ctx, r);
  }

  /** A name bound nowhere: TRUE, FALSE, BOOLEAN or STRING, else TLC's undefined-identifier error. */
  Value missing(String name, List<Expr> args, Range r) {
    Value builtin = builtinConstant(name);
    if (builtin != null && args.isEmpty()) {
      return builtin;
    }
    throw undefined(name, r);
  }

  static EvalException arity(String name, int params, int args, Range r) {
    return new EvalException(EvalException.Kind.EVAL, "The operator " + name + " requires " + params
        + " arguments but was given " + args + ".", r);
  }

  static EvalException undefined(String name, Range r) {
    return new EvalException(EvalException.Kind.UNDEFINED,
        "In evaluation, the identifier " + name + " is either undefined or not an operator.", r);
  }

  static Value builtinConstant(String name) {
    return switch (name) {
      case "TRUE" -> BoolValue.TRUE;
      case "FALSE" -> BoolValue.FALSE;
      case "BOOLEAN" -> Values.BOOLEAN;
      case "STRING" -> InfiniteSetValue.STRING;
      default -> null;
    };
  }

  /** Applies {@code target} to argument expressions evaluated in {@code (s, env)}. */
  Value invoke(Object target, String name, List<Expr> args, Scope s, Env env, Ctx ctx, Range r) {
    if (target instanceof Value v) {
        requireNoArgs(name, args, r);
        return v;
      }
      if (target instanceof Thunk t) {
        requireNoArgs(name, args, r);
        return t.value(ev, ctx);
      }
      if (target instanceof OpClosure c) {
        return c.apply(evalArgs(args, s, env, ctx), ctx);
      }
      if (target instanceof LetDef ld) {
        return applyUnit(ld.def, ld.scope, ld.env, name, args, s, env, ctx, r, null);
      }
      if (target instanceof Binding b) {
        return applyBinding(b, name, args, s, env, ctx, r);
      }
      {
        throw new IllegalStateException(target.toString());
      }
  }

  private static void requireNoArgs(String name, List<Expr> args, Range r) {
    if (!args.isEmpty()) {
      throw new EvalException(EvalException.Kind.EVAL, "The operator " + name + " takes no arguments.", r);
    }
  }

  private Value[] evalArgs(List<Expr> args, Scope s, Env env, Ctx ctx) {
    Value[] vs = new Value[args.size()];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = ev.eval(args.get(i), s, env, ctx);
    }
    return vs;
  }

  Value applyBinding(Binding b, String name, List<Expr> args, Scope s, Env env, Ctx ctx, Range r) {
    if (b instanceof Binding.Def d) {
        return applyUnit(d.def(), d.scope(), Env.EMPTY, name, args, s, env, ctx, r, d);
      }
      if (b instanceof Binding.FnDef f) {
        requireNoArgs(name, args, r);
        return fnDef(f, ctx);
      }
      if (b instanceof Binding.Var v) {
        requireNoArgs(name, args, r);
        Value x = ctx.cur[v.index()];
        if (x == null) {
          throw new EvalException(EvalException.Kind.UNASSIGNED,
              "In evaluation, the identifier " + v.name() + " is either undefined or not an operator.", r);
        }
        return x;
      }
      if (b instanceof Binding.Const c) {
        requireNoArgs(name, args, r);
        return c.value();
      }
      if (b instanceof Binding.Subst sub) {
        if (!args.isEmpty() && (sub.expr() instanceof Exprs.Lambda || sub.expr() instanceof Exprs.OpArg)) {
          return closure(sub.expr(), sub.scope(), sub.env()).apply(evalArgs(args, s, env, ctx), ctx);
        }
        if (!args.isEmpty() && sub.expr() instanceof Exprs.Ident id) {
          Object t = resolve(id.name(), sub.scope(), sub.env());
          if (t == null) {
            throw undefined(id.name(), r);
          }
          if (t instanceof Binding.Native n) {
            return n.op().apply(nativeArgs(args, s, env, ctx), ctx);
          }
          return applyValues(t, id.name(), evalArgs(args, s, env, ctx), ctx, r);
        }
        return ev.eval(sub.expr(), sub.scope(), sub.env(), ctx);
      }
      if (b instanceof Binding.Native n) {
        return n.op().apply(nativeArgs(args, s, env, ctx), ctx);
      }
      if (b instanceof Binding.Missing m) {
        throw new EvalException(EvalException.Kind.EVAL,
          "The constant parameter " + m.name() + " is not assigned a value by the configuration file.", r);
      }
      throw new EvalException(EvalException.Kind.EVAL,
          "The module instance " + name + " is not an expression.", r);
  }

  private Value fnDef(Binding.FnDef f, Ctx ctx) {
    if (ev.levels.isConstant(f.def(), f.scope())) {
      Value cached = f.scope().fnCache.get(f.def());
      if (cached == null) {
        cached = ev.fnDefValue(f.def(), f.scope(), Env.EMPTY, ctx);
        f.scope().fnCache.put(f.def(), cached);
      }
      return cached;
    }
    return ev.fnDefValue(f.def(), f.scope(), Env.EMPTY, ctx);
  }

  /** Calls a definition (module-level or LET) with arguments written in {@code (s, env)}. */
  Value applyUnit(Unit u, Scope defScope, Env defEnv, String name, List<Expr> args, Scope s, Env env, Ctx ctx,
                  Range r, Binding.Def cacheKey) {
    if (u instanceof Unit.FnDef f) {
      requireNoArgs(name, args, r);
      return ev.fnDefValue(f, defScope, defEnv, ctx);
    }
    Unit.OpDef d = (Unit.OpDef) u;
    if (d.params().size() != args.size()) {
      throw arity(name, d.params().size(), args.size(), r);
    }
    if (args.isEmpty() && cacheKey != null) {
      Binding.DefCache dc = cacheKey.cache();
      Value cached = dc.value;
      if (cached != null) {
        return cached;
      }
      Boolean constant = dc.constant;
      if (constant == null) {
        constant = ev.levels.isConstant(d, defScope);
        dc.constant = constant;
      }
      if (constant) {
        cached = ev.compiler.runDef(cacheKey, defEnv, ctx);
        dc.value = cached;
        return cached;
      }
    }
    Env params = bindParams(d, args, s, env, ctx, defEnv);
    return cacheKey != null ? ev.compiler.runDef(cacheKey, params, ctx) : ev.eval(d.body(), defScope, params, ctx);
  }

  /** Parameter environment: operator parameters get closures, primed arguments stay unevaluated. */
  Env bindParams(Unit.OpDef d, List<Expr> args, Scope s, Env env, Ctx ctx, Env defEnv) {
    Env out = defEnv;
    for (int i = 0; i < args.size(); i++) {
      Parts.Param p = d.params().get(i);
      Expr a = args.get(i);
      Object entry;
      if (p.arity() > 0) {
        entry = closure(a, s, env);
      } else if (ev.levels.hasPrime(a) || ev.levels.hasPrime(d.body()) && !isLiteral(a)) {
        entry = new Thunk(a, s, env);
      } else {
        try {
          entry = ev.eval(a, s, env, ctx);
        } catch (EvalException e) {
          if (e.kind() != EvalException.Kind.UNASSIGNED) {
            throw e;
          }
          // An Init argument naming a variable not yet assigned (XInit(x)): keep it so XInit can assign x.
          entry = new Thunk(a, s, env);
        }
      }
      out = out.bind(p.name().text(), entry);
    }
    return out;
  }

  static boolean isLiteral(Expr a) {
    return a instanceof Exprs.NumberLit || a instanceof Exprs.StringLit;
  }

  /** Binds already evaluated arguments (closures calling a definition). */
  Value applyValues(Object target, String name, Value[] args, Ctx ctx, Range r) {
    if (target instanceof OpClosure c) {
      return c.apply(args, ctx);
    }
    Unit u;
    Scope sc;
    Env de;
    if (target instanceof LetDef ld) {
      u = ld.def;
      sc = ld.scope;
      de = ld.env;
    } else if (target instanceof Binding.Def d) {
      u = d.def();
      sc = d.scope();
      de = Env.EMPTY;
    } else if (target instanceof Binding.Native n) {
      return n.op().apply(args, ctx);
    } else {
      throw new EvalException(EvalException.Kind.EVAL, name + " is not an operator.", r);
    }
    Unit.OpDef d = (Unit.OpDef) u;
    Env e = de;
    for (int i = 0; i < args.length; i++) {
      e = e.bind(d.params().get(i).name().text(), args[i]);
    }
    return target instanceof Binding.Def bd ? ev.compiler.runDef(bd, e, ctx) : ev.eval(d.body(), sc, e, ctx);
  }

  /** An operator argument: a name of an operator, a LAMBDA or a built-in symbol. */
  OpClosure closure(Expr a, Scope s, Env env) {
    if (a instanceof Exprs.Lambda l) {
      return new OpClosure() {
        public int arity() {
          return l.params().size();
        }

        public Value apply(Value[] args, Ctx ctx) {
          Env e = env;
          for (int i = 0; i < args.length; i++) {
            e = e.bind(l.params().get(i).text(), args[i]);
          }
          return ev.eval(l.body(), s, e, ctx);
        }
      };
    }
    String name;
    if (a instanceof Exprs.Ident id) {
      name = id.name();
    } else if (a instanceof Exprs.OpArg oa) {
      name = oa.canonical().equals("-") && false ? "-." : oa.canonical();
    } else {
      throw new EvalException(EvalException.Kind.EVAL, "An operator argument must be an operator name or LAMBDA.",
          a.range());
    }
    Object target = resolve(name, s, env);
    if (target instanceof OpClosure c) {
      return c;
    }
    if (target instanceof Binding.Subst sub && (sub.expr() instanceof Exprs.Lambda
        || sub.expr() instanceof Exprs.OpArg || sub.expr() instanceof Exprs.Ident)) {
      // An operator constant of an instance, replaced by a LAMBDA or an operator name.
      return closure(sub.expr(), sub.scope(), sub.env());
    }
    Range r = a.range();
    return new OpClosure() {
      public int arity() {
        return -1;
      }

      public Value apply(Value[] args, Ctx ctx) {
        if (target == null || target instanceof Binding.Native) {
          if (CoreOps.isStrict(name)) {
            try {
              return target instanceof Binding.Native n ? n.op().apply(args, ctx) : CoreOps.apply(name, args);
            } catch (specula.tla.eval.value.ValueException ve) {
              throw new EvalException(EvalException.Kind.EVAL, ve.getMessage(), r);
            }
          }
          if (target == null) {
            throw undefined(name, r);
          }
        }
        return applyValues(target, name, args, ctx, r);
      }
    };
  }

  /** Arguments of a Java-implemented operator: closures for operator arguments, values otherwise. */
  private Object[] nativeArgs(List<Expr> args, Scope s, Env env, Ctx ctx) {
    Object[] out = new Object[args.size()];
    for (int i = 0; i < out.length; i++) {
      Expr a = args.get(i);
      if (isOperatorArg(a, s, env)) {
        out[i] = closure(a, s, env);
      } else {
        out[i] = ev.eval(a, s, env, ctx);
      }
    }
    return out;
  }

  static boolean isOperatorArg(Expr a, Scope s, Env env) {
    if (a instanceof Exprs.Lambda || a instanceof Exprs.OpArg) {
      return true;
    }
    if (a instanceof Exprs.Ident id) {
      Object t = resolve(id.name(), s, env);
      return t instanceof OpClosure
          || (t instanceof Binding.Def d && !d.def().params().isEmpty())
          || (t instanceof LetDef ld && ld.def instanceof Unit.OpDef od && !od.params().isEmpty())
          || (t instanceof Binding.Native n && n.arity() > 0);
    }
    return false;
  }

  Value opApp(Exprs.OpApp op, Scope s, Env env, Ctx ctx) {
    String c = op.canonical();
    if (op.fixity() == Parts.Fixity.PREFIX && c.equals("-")) {
      c = "-.";
    }
    List<Expr> args = op.args();
    switch (c) {
      case "/\\":
        return ev.junction(true, args, s, env, ctx);
      case "\\/":
        return ev.junction(false, args, s, env, ctx);
      case "=>":
        return BoolValue.of(!ev.evalBool(args.get(0), s, env, ctx) || ev.evalBool(args.get(1), s, env, ctx));
      case "<=>", "\\equiv":
        return BoolValue.of(ev.evalBool(args.get(0), s, env, ctx) == ev.evalBool(args.get(1), s, env, ctx));
      case "~":
        return BoolValue.of(!ev.evalBool(args.get(0), s, env, ctx));
      case "'":
        return ev.eval(args.get(0), s, env, ctx.primed(op.range()));
      case "UNCHANGED": {
        Value now = ev.eval(args.get(0), s, env, ctx);
        Value then = ev.eval(args.get(0), s, env, ctx.primed(op.range()));
        return BoolValue.of(now.equals(then));
      }
      case "ENABLED":
        return BoolValue.of(ev.enumerator().enabled(args.get(0), s, env, ctx));
      case "[]", "<>", "~>", "-+->":
        throw new EvalException(EvalException.Kind.EVAL, "TLC cannot evaluate the temporal formula here.",
            op.range());
      default:
        break;
    }
    Object target = resolve(c, s, env);
    if (target != null && !(target instanceof Binding.Native)) {
      return invoke(target, c, args, s, env, ctx, op.range());
    }
    Value[] vs = new Value[args.size()];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = ev.eval(args.get(i), s, env, ctx);
    }
    if (target instanceof Binding.Native n) {
      return n.op().apply(vs, ctx);
    }
    if (CoreOps.isStrict(c)) {
      return CoreOps.apply(c, vs);
    }
    throw undefined(c, op.range());
  }

  /** A positional subexpression {@code Def!2!1}: the expression, the scope it lives in. */
  record Selection(Expr expr, Scope scope) {
  }

  /** Resolves {@code Op!n!m} (numbers select conjuncts/operands of a definition without parameters), or null. */
  static Selection selection(Exprs.Qualified q, Scope s, Env env) {
    List<Parts.Segment> segs = q.segments();
    if (segs.size() < 2 || !isSelector(segs.get(1).name().text())) {
      return null;
    }
    if (!(resolve(segs.get(0).name().text(), s, env) instanceof Binding.Def d) || !d.def().params().isEmpty()) {
      return null;
    }
    Expr e = d.def().body();
    for (int i = 1; i < segs.size(); i++) {
      String t = segs.get(i).name().text();
      if (!isSelector(t)) {
        return null;
      }
      if (t.equals(":")) {
        continue; // Thm!: is the statement itself
      }
      int n = Integer.parseInt(t);
      while (e instanceof Exprs.Paren p) {
        e = p.inner();
      }
      List<Expr> parts = e instanceof Exprs.Junction j ? j.items() : e instanceof Exprs.OpApp op ? op.args()
          : e instanceof Exprs.Apply ap ? ap.args() : List.of();
      if (n < 1 || n > parts.size()) {
        return null;
      }
      e = parts.get(n - 1);
    }
    return new Selection(e, d.scope());
  }

  private static boolean isSelector(String t) {
    return t.equals(":") || !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  /** {@code I!Op}, {@code I(a)!Op(b)}, {@code I!J!Op}: walks the instances, then applies the last segment. */
  Value qualified(Exprs.Qualified q, Scope s, Env env, Ctx ctx) {
    Selection sel = selection(q, s, env);
    if (sel != null) {
      return ev.eval(sel.expr(), sel.scope(), Env.EMPTY, ctx);
    }
    Scope cur = s;
    Env curEnv = env;
    List<Parts.Segment> segs = q.segments();
    for (int i = 0; i < segs.size() - 1; i++) {
      Parts.Segment seg = segs.get(i);
      Object t = i == 0 ? resolve(seg.name().text(), cur, curEnv) : cur.lookup(seg.name().text());
      if (!(t instanceof Binding.Instance inst)) {
        throw undefined(seg.name().text(), seg.range());
      }
      Env argEnv = Env.EMPTY;
      for (int k = 0; k < seg.args().size(); k++) {
        argEnv = argEnv.bind(inst.def().params().get(k).name().text(), ev.eval(seg.args().get(k), s, env, ctx));
      }
      cur = ev.spec.loader().instanceScope(inst, argEnv);
      markIfEphemeral(inst, cur);
      curEnv = Env.EMPTY;
    }
    Parts.Segment last = segs.get(segs.size() - 1);
    String n = SpecLoader.defName(last.name().text(), null);
    Binding b = cur.lookup(n);
    if (b == null) {
      throw undefined(n, last.range());
    }
    return applyBinding(b, n, last.args(), s, env, ctx, q.range());
  }

  /** Resolves a qualified name to the definition it denotes and the scope it lives in (for action enumeration). */
  Scope qualifiedScope(Exprs.Qualified q, Scope s, Env env, Ctx ctx) {
    Scope cur = s;
    List<Parts.Segment> segs = q.segments();
    for (int i = 0; i < segs.size() - 1; i++) {
      Parts.Segment seg = segs.get(i);
      Object t = i == 0 ? resolve(seg.name().text(), cur, env) : cur.lookup(seg.name().text());
      if (!(t instanceof Binding.Instance inst)) {
        throw undefined(seg.name().text(), seg.range());
      }
      Env argEnv = Env.EMPTY;
      for (int k = 0; k < seg.args().size(); k++) {
        argEnv = argEnv.bind(inst.def().params().get(k).name().text(), ev.eval(seg.args().get(k), s, env, ctx));
      }
      cur = ev.spec.loader().instanceScope(inst, argEnv);
      markIfEphemeral(inst, cur);
    }
    return cur;
  }

  /** A parameterised instance gets a new scope per use: evaluate it without compiling, which would not pay. */
  private static void markIfEphemeral(Binding.Instance inst, Scope made) {
    if (!inst.def().params().isEmpty()) {
      made.interpretive = true;
    }
  }

  static SetEnumValue emptySet() {
    return SetEnumValue.EMPTY;
  }
}

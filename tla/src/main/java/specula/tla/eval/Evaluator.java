package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FcnSetValue;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.MembershipSetValue;
import specula.tla.eval.value.ProductSetValue;
import specula.tla.eval.value.RecordSetValue;
import specula.tla.eval.value.RecordValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValueException;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions of a loaded spec with TLC's semantics: names are resolved through the environment (bound
 * variables, parameters, LET) and then the module scope; errors carry TLC's wording and the location of the
 * innermost expression that failed.
 */
public final class Evaluator {
  final Spec spec;
  final Levels levels;
  final Calls calls;
  final Bounds bounds;
  final Compiler compiler;
  private ActionEnumerator enumerator;
  private final IdentityCache<Exprs.NumberLit, Value> numbers = new IdentityCache<>();

  public Evaluator(Spec spec) {
    this.spec = spec;
    this.levels = new Levels();
    this.calls = new Calls(this);
    this.bounds = new Bounds(this);
    this.compiler = new Compiler(this);
  }

  public Spec spec() {
    return spec;
  }

  /** The enumerator used by ENABLED (set by the checker so both share one instance). */
  void setEnumerator(ActionEnumerator e) {
    this.enumerator = e;
  }

  ActionEnumerator enumerator() {
    if (enumerator == null) {
      enumerator = new ActionEnumerator(this);
    }
    return enumerator;
  }

  /** The module instance a qualified name {@code I!J!Op} points into (instance arguments evaluated as constants). */
  public Scope instanceScopeOf(Exprs.Qualified q, Scope s, Ctx ctx) {
    return calls.qualifiedScope(q, s, Env.EMPTY, ctx);
  }

  public Value eval(Expr e, Scope s, Env env, Ctx ctx) {
    if (s.interpretive) {
      return interpret(e, s, env, ctx);
    }
    return compiler.root(e, s, env).eval(env, ctx);
  }

  /** Evaluates without compiling (scopes made for one evaluation only, e.g. a parameterised INSTANCE). */
  Value interpret(Expr e, Scope s, Env env, Ctx ctx) {
    try {
      return eval0(e, s, env, ctx);
    } catch (ValueException ve) {
      throw new EvalException(EvalException.Kind.EVAL, ve.getMessage(), e.range());
    } catch (EvalException ee) {
      throw ee.at(e.range());
    } catch (StackOverflowError so) {
      throw stackOverflow(e.range());
    }
  }

  static EvalException stackOverflow(Range r) {
    return new EvalException(EvalException.Kind.EVAL,
        "This was a Java StackOverflowError. It was probably the result of an incorrect recursive function "
            + "definition that caused TLC to enter an infinite loop when trying to compute the function or its "
            + "application to an element in its putative domain.", r);
  }

  static EvalException nonBoolean(Value v, Range r) {
    return new EvalException(EvalException.Kind.EVAL, "A non-boolean expression (" + print(v)
        + ") was used as a formula.", r);
  }

  /** Evaluates a formula: TLC's "non-boolean expression" error when the value is not a Boolean. */
  public boolean evalBool(Expr e, Scope s, Env env, Ctx ctx) {
    Value v = eval(e, s, env, ctx);
    if (v instanceof BoolValue b) {
      return b.val();
    }
    throw nonBoolean(v, e.range());
  }

  Value eval0(Expr e, Scope s, Env env, Ctx ctx) {
    if (e instanceof Exprs.Ident id) {
        return calls.name(id.name(), List.of(), s, env, ctx, id.range());
      }
      if (e instanceof Exprs.Apply a) {
        return calls.name(a.name(), a.args(), s, env, ctx, a.range());
      }
      if (e instanceof Exprs.OpApp op) {
        return calls.opApp(op, s, env, ctx);
      }
      if (e instanceof Exprs.Qualified q) {
        return calls.qualified(q, s, env, ctx);
      }
      if (e instanceof Exprs.NumberLit n) {
        Value v = numbers.get(n);
        if (v == null) {
          v = number(n);
          numbers.put(n, v);
        }
        return v;
      }
      if (e instanceof Exprs.StringLit str) {
        return StringValue.of(str.value());
      }
      if (e instanceof Exprs.Paren p) {
        return eval(p.inner(), s, env, ctx);
      }
      if (e instanceof Exprs.Label l) {
        return eval(l.body(), s, env, ctx);
      }
      if (e instanceof Exprs.At at) {
        Object v = env.lookup("@");
        if (v == null) {
          throw new EvalException(EvalException.Kind.EVAL, "@ used outside EXCEPT.", at.range());
        }
        return (Value) v;
      }
      if (e instanceof Exprs.If i) {
        return evalBool(i.cond(), s, env, ctx) ? eval(i.then(), s, env, ctx)
          : eval(i.otherwise(), s, env, ctx);
      }
      if (e instanceof Exprs.Case c) {
        return evalCase(c, s, env, ctx);
      }
      if (e instanceof Exprs.Let l) {
        return eval(l.body(), s, bindLet(l.defs(), s, env), ctx);
      }
      if (e instanceof Exprs.Junction j) {
        return junction(j.isConjunction(), j.items(), s, env, ctx);
      }
      if (e instanceof Exprs.Quant q) {
        return quant(q, s, env, ctx);
      }
      if (e instanceof Exprs.Choose c) {
        return choose(c, s, env, ctx);
      }
      if (e instanceof Exprs.SetEnum se) {
        Value[] vs = new Value[se.elements().size()];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = eval(se.elements().get(i), s, env, ctx);
        }
        return SetEnumValue.of(vs);
      }
      if (e instanceof Exprs.SetFilter f) {
        SetValue dom = bounds.domain(f.bound(), s, env, ctx);
        // Lazy like TLC's SetPredValue: membership tests x \in S and P(x); elements only when needed.
        java.util.function.Predicate<Value> member = x -> dom.contains(x)
            && evalBool(f.predicate(), s, bounds.bindArg(List.of(f.bound()), x, env), ctx);
        if (!dom.isEnumerable()) {
          return new MembershipSetValue("{" + f.range() + "}", member);
        }
        return new MembershipSetValue("{" + f.range() + "}", member, () -> {
          List<Value> out = new ArrayList<>();
          bounds.forEachIn(f.bound(), dom, env, ctx, (bEnv, elem) -> {
            if (evalBool(f.predicate(), s, bEnv, ctx)) {
              out.add(elem);
            }
            return true;
          });
          return out.size() == dom.size() && dom instanceof SetEnumValue ? dom : SetEnumValue.of(out);
        });
      }
      if (e instanceof Exprs.SetMap m) {
        List<Value> out = new ArrayList<>();
        bounds.forEach(m.bounds(), s, env, ctx, (bEnv, elem) -> {
          out.add(eval(m.element(), s, bEnv, ctx));
          return true;
        });
        return SetEnumValue.of(out);
      }
      if (e instanceof Exprs.Tuple t) {
        Value[] vs = new Value[t.elements().size()];
        for (int i = 0; i < vs.length; i++) {
          vs[i] = eval(t.elements().get(i), s, env, ctx);
        }
        return TupleValue.of(vs);
      }
      if (e instanceof Exprs.FnCtor f) {
        return fnCtor(f, s, env, ctx);
      }
      if (e instanceof Exprs.FnSet fs) {
        return new FcnSetValue(asSet(eval(fs.domain(), s, env, ctx), fs.domain()),
          asSet(eval(fs.codomain(), s, env, ctx), fs.codomain()));
      }
      if (e instanceof Exprs.RecordCtor r) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (Parts.Field fld : r.fields()) {
          fields.put(fld.name().text(), eval(fld.value(), s, env, ctx));
        }
        return RecordValue.of(fields);
      }
      if (e instanceof Exprs.RecordSet r) {
        String[] names = new String[r.fields().size()];
        SetValue[] sets = new SetValue[names.length];
        for (int i = 0; i < names.length; i++) {
          names[i] = r.fields().get(i).name().text();
          sets[i] = asSet(eval(r.fields().get(i).value(), s, env, ctx), r.fields().get(i).value());
        }
        return new RecordSetValue(names, sets);
      }
      if (e instanceof Exprs.Except x) {
        return except(x, s, env, ctx);
      }
      if (e instanceof Exprs.FnApply fa) {
        Value f = eval(fa.function(), s, env, ctx);
        Value arg = fa.args().size() == 1 ? eval(fa.args().get(0), s, env, ctx) : tupleOf(fa.args(), s, env, ctx);
        return apply(f, arg, fa.range());
      }
      if (e instanceof Exprs.FieldAccess fa) {
        return apply(eval(fa.record(), s, env, ctx), StringValue.of(fa.field().text()),
          fa.range());
      }
      if (e instanceof Exprs.ActionSub a) {
        boolean unchanged = eval(a.subscript(), s, env, ctx.primed(a.range())).equals(eval(a.subscript(), s, env,
            ctx));
        if (!a.angle()) {
          return BoolValue.of(unchanged || evalBool(a.action(), s, env, ctx));
        }
        return BoolValue.of(!unchanged && evalBool(a.action(), s, env, ctx));
      }
      if (e instanceof Exprs.Lambda l) {
        throw new EvalException(EvalException.Kind.EVAL,
          "A LAMBDA expression can only be used as an operator argument.", l.range());
      }
      {
        throw new EvalException(EvalException.Kind.EVAL,
          "TLC cannot evaluate this kind of expression (" + e.getClass().getSimpleName() + ").", e.range());
      }
  }

  static Value number(Exprs.NumberLit n) {
    if (n.isDecimal()) {
      throw new EvalException(EvalException.Kind.EVAL, "TLC does not support real numbers: " + n.spelling(),
          n.range());
    }
    java.math.BigInteger b = n.integerValue();
    if (b.bitLength() > 31) {
      throw new EvalException(EvalException.Kind.EVAL, "Overflow when parsing the number " + n.spelling()
          + ": TLC's integers are 32-bit.", n.range());
    }
    return IntValue.of(b.intValue());
  }

  Value tupleOf(List<Expr> args, Scope s, Env env, Ctx ctx) {
    Value[] vs = new Value[args.size()];
    for (int i = 0; i < vs.length; i++) {
      vs[i] = eval(args.get(i), s, env, ctx);
    }
    return TupleValue.of(vs);
  }

  Value apply(Value f, Value arg, Range r) {
    if (f instanceof FunctionValue fn) {
      return fn.apply(arg);
    }
    throw new EvalException(EvalException.Kind.EVAL, "A non-function (" + print(f) + ") was applied as a function.",
        r);
  }

  SetValue asSet(Value v, Expr where) {
    if (v instanceof SetValue sv) {
      return sv;
    }
    throw new EvalException(EvalException.Kind.EVAL, "Attempted to use " + print(v) + " as a set.", where.range());
  }

  static String print(Value v) {
    return ValuePrinter.DEFAULT.print(v);
  }

  private Value evalCase(Exprs.Case c, Scope s, Env env, Ctx ctx) {
    for (Parts.CaseArm arm : c.arms()) {
      if (evalBool(arm.guard(), s, env, ctx)) {
        return eval(arm.body(), s, env, ctx);
      }
    }
    if (c.other() != null) {
      return eval(c.other(), s, env, ctx);
    }
    throw new EvalException(EvalException.Kind.EVAL,
        "Attempted to evaluate a CASE with no conditions true.", c.range());
  }

  /** Binds LET definitions; they share one environment so that they may refer to each other. */
  Env bindLet(List<Unit> defs, Scope s, Env env) {
    Env out = env;
    List<LetDef> made = new ArrayList<>();
    for (Unit u : defs) {
      String name = null;
      if (u instanceof Unit.OpDef d) {
        name = SpecLoader.defName(d.name().text(), d.fixity());
      } else if (u instanceof Unit.FnDef f) {
        name = f.name().text();
      }
      if (name == null) {
        continue;
      }
      LetDef ld = new LetDef(u, s);
      made.add(ld);
      out = out.bind(name, ld);
    }
    for (LetDef ld : made) {
      ld.env = out;
    }
    return out;
  }

  Value junction(boolean conj, List<Expr> items, Scope s, Env env, Ctx ctx) {
    for (Expr item : items) {
      boolean b = evalBool(item, s, env, ctx);
      if (conj != b) {
        return BoolValue.of(b);
      }
    }
    return BoolValue.of(conj);
  }

  private Value quant(Exprs.Quant q, Scope s, Env env, Ctx ctx) {
    boolean exists = q.kind().equals("\\E");
    if (!exists && !q.kind().equals("\\A")) {
      throw new EvalException(EvalException.Kind.EVAL, "TLC cannot handle the temporal quantifier " + q.kind() + ".",
          q.range());
    }
    boolean[] result = {!exists};
    bounds.forEach(q.bounds(), s, env, ctx, (bEnv, elem) -> {
      boolean b = evalBool(q.body(), s, bEnv, ctx);
      if (b == exists) {
        result[0] = exists;
        return false;
      }
      return true;
    });
    return BoolValue.of(result[0]);
  }

  private Value choose(Exprs.Choose c, Scope s, Env env, Ctx ctx) {
    if (c.bound().set() == null) {
      throw new EvalException(EvalException.Kind.EVAL,
          "Attempted to compute the value of an expression of form\nCHOOSE x : P, but TLC cannot handle unbounded CHOOSE.",
          c.range());
    }
    Value[] found = {null};
    bounds.forEach(List.of(c.bound()), s, env, ctx, (bEnv, elem) -> {
      if (evalBool(c.body(), s, bEnv, ctx)) {
        found[0] = elem;
        return false;
      }
      return true;
    });
    if (found[0] == null) {
      throw new EvalException(EvalException.Kind.EVAL, "Attempted to compute the value of an expression of form\n"
          + "CHOOSE x \\in S: P, but no element of S satisfied P.", c.range());
    }
    return found[0];
  }

  private Value fnCtor(Exprs.FnCtor f, Scope s, Env env, Ctx ctx) {
    SetValue dom = bounds.fnDomain(f.bounds(), s, env, ctx);
    if (!dom.isEnumerable()) {
      return new LazyFunctionValue(dom, arg -> eval(f.body(), s, bounds.bindArg(f.bounds(), arg, env), ctx),
          "[" + f.range() + "]", false);
    }
    Value[] vals = new Value[dom.size()];
    int i = 0;
    for (Value arg : dom) {
      vals[i++] = eval(f.body(), s, bounds.bindArg(f.bounds(), arg, env), ctx);
    }
    return FcnOps.over(dom, vals);
  }

  /** The value of {@code f[x \in S] == e}: a lazily evaluated, memoised function that may call itself. */
  Value fnDefValue(Unit.FnDef def, Scope s, Env env, Ctx ctx) {
    if (env == Env.EMPTY && !s.interpretive) {
      Compiler.FnCode fc = compiler.fnDef(def, s);
      SetValue dom = fc.bounds().fnDomain(env, ctx);
      String name = def.name().text();
      LazyFunctionValue[] self = new LazyFunctionValue[1];
      self[0] = new LazyFunctionValue(dom, arg -> fc.body().eval(fc.bounds().bindArg(arg, env.bind(name, self[0])),
          ctx), name, true);
      return self[0];
    }
    SetValue dom = bounds.fnDomain(def.bounds(), s, env, ctx);
    LazyFunctionValue[] self = new LazyFunctionValue[1];
    self[0] = new LazyFunctionValue(dom, arg -> eval(def.body(), s,
        bounds.bindArg(def.bounds(), arg, env.bind(def.name().text(), self[0])), ctx), def.name().text(), true);
    return self[0];
  }

  private Value except(Exprs.Except x, Scope s, Env env, Ctx ctx) {
    Value f = eval(x.function(), s, env, ctx);
    for (Parts.ExceptClause cl : x.clauses()) {
      f = update(f, cl.path(), 0, cl, s, env, ctx);
    }
    return f;
  }

  private Value update(Value f, List<Parts.PathElem> path, int i, Parts.ExceptClause cl, Scope s, Env env,
                       Ctx ctx) {
    if (i == path.size()) {
      return eval(cl.value(), s, env.bind("@", f), ctx);
    }
    if (f instanceof LazyFunctionValue lazy) {
      f = lazy.materialize();
    }
    if (!(f instanceof FunctionValue fn)) {
      throw new EvalException(EvalException.Kind.EVAL, "Attempted to apply EXCEPT to " + print(f)
          + ", which is not a function.", cl.range());
    }
    Value key;
    if (path.get(i) instanceof Parts.FieldPath fp) {
      key = StringValue.of(fp.field().text());
    } else {
      Parts.IndexPath ip = (Parts.IndexPath) path.get(i);
      key = ip.indices().size() == 1 ? eval(ip.indices().get(0), s, env, ctx) : tupleOf(ip.indices(), s, env, ctx);
    }
    Value old = fn.select(key);
    if (old == null) {
      return fn;
    }
    return FcnOps.except(fn, key, update(old, path, i + 1, cl, s, env, ctx));
  }

  /** {@code \X}: the product of the operand sets. */
  static SetValue product(List<Value> sets) {
    List<SetValue> fs = new ArrayList<>();
    for (Value v : sets) {
      fs.add((SetValue) v);
    }
    return new ProductSetValue(fs);
  }
}

package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.FcnOps;
import specula.tla.eval.value.FunctionValue;
import specula.tla.eval.value.LazyFunctionValue;
import specula.tla.eval.value.MembershipSetValue;
import specula.tla.eval.value.SetEnumValue;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.StringValue;
import specula.tla.eval.value.TupleValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/** Compiled forms that bind names: quantifiers, CHOOSE, set and function constructors, LET, EXCEPT's {@code @}. */
final class CompiledBinders {
  private final Evaluator ev;
  private final Compiler compiler;

  CompiledBinders(Evaluator ev, Compiler compiler) {
    this.ev = ev;
    this.compiler = compiler;
  }

  /** A quantifier, CHOOSE, set filter or map, or function constructor; null when left to the interpreter. */
  Code binding(Expr e, Compiler.Site site) {
    if (e instanceof Exprs.Quant q) {
      return quant(q, site);
    }
    if (e instanceof Exprs.Choose c) {
      return c.bound().set() == null ? null : choose(c, site);
    }
    if (e instanceof Exprs.SetFilter f) {
      return filter(f, site);
    }
    if (e instanceof Exprs.SetMap m) {
      CompiledBounds cb = new CompiledBounds(ev, compiler, m.bounds(), site);
      Code elem = compiler.compile(m.element(), cb.inner);
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          List<Value> out = new ArrayList<>();
          cb.forEach(env, ctx, (bEnv, x) -> {
            out.add(elem.eval(bEnv, ctx));
            return true;
          });
          return SetEnumValue.of(out);
        }
      };
    }
    if (e instanceof Exprs.FnCtor f) {
      return fnCtor(f, site);
    }
    return null;
  }

  private Code quant(Exprs.Quant q, Compiler.Site site) {
    boolean exists = q.kind().equals("\\E");
    if (!exists && !q.kind().equals("\\A")) {
      return null;
    }
    CompiledBounds cb = new CompiledBounds(ev, compiler, q.bounds(), site);
    Code body = compiler.compile(q.body(), cb.inner);
    return new Code(q) {
      Value exec(Env env, Ctx ctx) {
        boolean[] result = {!exists};
        cb.forEach(env, ctx, (bEnv, elem) -> {
          if (body.evalBool(bEnv, ctx) == exists) {
            result[0] = exists;
            return false;
          }
          return true;
        });
        return BoolValue.of(result[0]);
      }
    };
  }

  private Code choose(Exprs.Choose c, Compiler.Site site) {
    CompiledBounds cb = new CompiledBounds(ev, compiler, List.of(c.bound()), site);
    Code body = compiler.compile(c.body(), cb.inner);
    return new Code(c) {
      Value exec(Env env, Ctx ctx) {
        Value[] found = {null};
        cb.forEach(env, ctx, (bEnv, elem) -> {
          if (body.evalBool(bEnv, ctx)) {
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
    };
  }

  private Code filter(Exprs.SetFilter f, Compiler.Site site) {
    CompiledBounds cb = new CompiledBounds(ev, compiler, List.of(f.bound()), site);
    Code pred = compiler.compile(f.predicate(), cb.inner);
    return new Code(f) {
      Value exec(Env env, Ctx ctx) {
        SetValue dom = cb.domain(0, env, ctx);
        // Like TLC's SetPredValue: x \in {y \in S : P} tests x \in S and P(x); the elements are computed only
        // when something needs them (enumeration, Cardinality, equality, fingerprinting, printing).
        java.util.function.Predicate<Value> member = x -> dom.contains(x) && pred.evalBool(cb.bindArg(x, env), ctx);
        if (!dom.isEnumerable()) {
          return new MembershipSetValue("{" + f.range() + "}", member);
        }
        return new MembershipSetValue("{" + f.range() + "}", member, () -> {
          List<Value> out = new ArrayList<>();
          cb.forEachIn(dom, env, ctx, (bEnv, elem) -> {
            if (pred.evalBool(bEnv, ctx)) {
              out.add(elem);
            }
            return true;
          });
          return out.size() == dom.size() && dom instanceof SetEnumValue ? dom : SetEnumValue.of(out);
        });
      }
    };
  }

  private Code fnCtor(Exprs.FnCtor f, Compiler.Site site) {
    CompiledBounds cb = new CompiledBounds(ev, compiler, f.bounds(), site);
    Code body = compiler.compile(f.body(), cb.inner);
    return new Code(f) {
      Value exec(Env env, Ctx ctx) {
        SetValue dom = cb.fnDomain(env, ctx);
        if (!dom.isEnumerable()) {
          return new LazyFunctionValue(dom, arg -> body.eval(cb.bindArg(arg, env), ctx), "[" + f.range() + "]",
              false);
        }
        Value[] vals = new Value[dom.size()];
        int i = 0;
        for (Value arg : dom) {
          vals[i++] = body.eval(cb.bindArg(arg, env), ctx);
        }
        return FcnOps.over(dom, vals);
      }
    };
  }

  /** LET: the definitions share one environment so that they may refer to each other (as {@link Evaluator#bindLet}). */
  Code let(Exprs.Let l, Compiler.Site site) {
    LetGroup group = LetGroup.of(l, site);
    Code[] bodies = new Code[group.size()];
    for (int i = 0; i < bodies.length; i++) {
      Compiler.Site at = group.bodySite(i);
      if (at != null) {
        bodies[i] = compiler.compile(((Unit.OpDef) group.units()[i]).body(), at);
      }
    }
    Code body = compiler.compile(l.body(), group.inner());
    return new Code(l) {
      Value exec(Env env, Ctx ctx) {
        return body.eval(group.bind(env, bodies, null), ctx);
      }
    };
  }

  /** {@code [f EXCEPT ![a].b = e]}: as {@link Evaluator}'s update, with {@code @} bound to the old value. */
  Code except(Exprs.Except x, Compiler.Site site) {
    Code f = compiler.compile(x.function(), site);
    int n = x.clauses().size();
    Object[][] paths = new Object[n][];
    Code[] values = new Code[n];
    for (int c = 0; c < n; c++) {
      Parts.ExceptClause cl = x.clauses().get(c);
      List<Parts.PathElem> path = cl.path();
      paths[c] = new Object[path.size()];
      for (int i = 0; i < path.size(); i++) {
        if (path.get(i) instanceof Parts.FieldPath fp) {
          paths[c][i] = StringValue.of(fp.field().text());
        } else {
          Parts.IndexPath ip = (Parts.IndexPath) path.get(i);
          paths[c][i] = compiler.all(ip.indices(), site);
        }
      }
      values[c] = compiler.compile(cl.value(), site);
    }
    return new Code(x) {
      Value exec(Env env, Ctx ctx) {
        Value v = f.eval(env, ctx);
        for (int c = 0; c < values.length; c++) {
          v = update(v, paths[c], 0, values[c], x.clauses().get(c), env, ctx);
        }
        return v;
      }
    };
  }

  private Value update(Value f, Object[] path, int i, Code value, Parts.ExceptClause cl, Env env, Ctx ctx) {
    if (i == path.length) {
      return value.eval(env.bind("@", f), ctx);
    }
    if (f instanceof LazyFunctionValue lazy) {
      f = lazy.materialize();
    }
    if (!(f instanceof FunctionValue fn)) {
      throw new EvalException(EvalException.Kind.EVAL, "Attempted to apply EXCEPT to " + Evaluator.print(f)
          + ", which is not a function.", cl.range());
    }
    Value key;
    if (path[i] instanceof Value k) {
      key = k;
    } else {
      Code[] idx = (Code[]) path[i];
      key = idx.length == 1 ? idx[0].eval(env, ctx) : TupleValue.of(Code.evalAll(idx, env, ctx));
    }
    Value old = fn.select(key);
    if (old == null) {
      return fn;
    }
    return FcnOps.except(fn, key, update(old, path, i + 1, value, cl, env, ctx));
  }
}

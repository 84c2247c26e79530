package specula.tla.eval;

import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * Compiled names and calls. A name bound in the expression (parameter, quantified variable, LET) is found by the
 * identity of its binder's string; a module-level name is resolved in the scope when compiled. The behaviour of each
 * node is that of {@link Calls#name} and {@link Calls#applyUnit} for the target it resolved to.
 */
final class CompiledNames {
  private static final int VALUE = 0;
  private static final int CLOSURE = 2;
  /** A native's argument that is an operator or not depending on what the name is bound to when called. */
  private static final int DYNAMIC = 3;

  private final Evaluator ev;
  private final Compiler compiler;

  CompiledNames(Evaluator ev, Compiler compiler) {
    this.ev = ev;
    this.compiler = compiler;
  }

  private record LetBinder(Unit.OpDef def, ParamBinder binder) {
  }

  /** {@code text} or {@code text(args)} written at {@code e}. */
  Code name(Expr e, String text, List<Expr> args, Compiler.Site site) {
    Code[] argCodes = compiler.all(args, site);
    String binder = Compiler.Lex.find(site.lex(), text);
    if (binder != null) {
      return local(e, binder, text, args, argCodes, site.scope());
    }
    Code global = global(e, text, args, argCodes, site.scope().lookup(text), site);
    return site.open() ? open(e, text, args, global, site.scope()) : global;
  }

  /** A call of a binding resolved elsewhere (an instance's definition), arguments written at {@code e}. */
  Code target(Expr e, String text, List<Expr> args, Binding b, Compiler.Site site) {
    return global(e, text, args, compiler.all(args, site), b, site);
  }

  /** First the environment (names bound where the interpreter entered), then what was resolved statically. */
  Code open(Expr e, String text, List<Expr> args, Code resolved, Scope s) {
    Range r = e.range();
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        Object t = env.lookup(text);
        if (t != null) {
          return ev.calls.invoke(t, text, args, s, env, ctx, r);
        }
        return resolved.exec(env, ctx);
      }
    };
  }

  private Code local(Expr e, String binder, String text, List<Expr> args, Code[] argCodes, Scope s) {
    Range r = e.range();
    boolean noArgs = args.isEmpty();
    return new Code(e) {
      /** The parameter binder for the LET definition last called here (the same one, but for odd programs). */
      private volatile LetBinder letBinder;

      Value exec(Env env, Ctx ctx) {
        Object t = env.lookupSame(binder);
        if (t == null) {
          t = Calls.resolve(text, s, env);
          if (t == null) {
            return ev.calls.missing(text, args, r);
          }
        }
        if (noArgs && t instanceof Value v) {
          return v;
        }
        if (t instanceof OpClosure c) {
          return c.apply(evalAll(argCodes, env, ctx), ctx);
        }
        if (t instanceof LetDef ld && ld.body != null) {
          Unit.OpDef d = (Unit.OpDef) ld.def;
          if (d.params().size() != args.size()) {
            throw Calls.arity(text, d.params().size(), args.size(), r);
          }
          if (args.isEmpty()) {
            return ld.body.eval(ld.env, ctx);
          }
          LetBinder lb = letBinder;
          if (lb == null || lb.def() != d) {
            lb = new LetBinder(d, new ParamBinder(ev, d, args, argCodes, s));
            letBinder = lb;
          }
          return ld.body.eval(lb.binder().bind(ld.env, env, ctx), ctx);
        }
        return ev.calls.invoke(t, text, args, s, env, ctx, r);
      }
    };
  }

  private Code global(Expr e, String text, List<Expr> args, Code[] argCodes, Binding b, Compiler.Site site) {
    Range r = e.range();
    Scope s = site.scope();
    if (b == null) {
      Value builtin = Calls.builtinConstant(text);
      if (builtin != null && args.isEmpty()) {
        return Compiler.constant(e, builtin);
      }
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          throw Calls.undefined(text, r);
        }
      };
    }
    if (b instanceof Binding.Var v && args.isEmpty()) {
      int slot = v.index();
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          Value x = ctx.cur[slot];
          if (x == null) {
            throw new EvalException(EvalException.Kind.UNASSIGNED,
                "In evaluation, the identifier " + v.name() + " is either undefined or not an operator.", r);
          }
          return x;
        }
      };
    }
    if (b instanceof Binding.Const c && args.isEmpty()) {
      return Compiler.constant(e, c.value());
    }
    if (b instanceof Binding.Def d) {
      return defCall(e, d, text, args, argCodes, site);
    }
    if (b instanceof Binding.Native n) {
      return nativeCall(e, n, args, argCodes, site);
    }
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        return ev.calls.applyBinding(b, text, args, s, env, ctx, r);
      }
    };
  }

  /** A call of a module-level definition: arguments bound as {@link Calls#bindParams} does, body compiled. */
  Code defCall(Expr e, Binding.Def d, String name, List<Expr> args, Code[] argCodes, Compiler.Site site) {
    Range r = e.range();
    Scope s = site.scope();
    Unit.OpDef def = d.def();
    int n = def.params().size();
    if (n != args.size()) {
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          throw Calls.arity(name, n, args.size(), r);
        }
      };
    }
    if (n == 0) {
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          Binding.DefCache dc = d.cache();
          Value cached = dc.value;
          if (cached != null) {
            return cached;
          }
          Boolean constant = dc.constant;
          if (constant == null) {
            constant = ev.levels.isConstant(def, d.scope());
            dc.constant = constant;
          }
          Value v = compiler.runDef(d, Env.EMPTY, ctx);
          if (constant) {
            dc.value = v;
          }
          return v;
        }
      };
    }
    ParamBinder binder = new ParamBinder(ev, def, args, argCodes, s);
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        return compiler.runDef(d, binder.bind(Env.EMPTY, env, ctx), ctx);
      }
    };
  }

  /** A Java-implemented operator: closures for operator arguments, values otherwise. */
  private Code nativeCall(Expr e, Binding.Native nat, List<Expr> args, Code[] argCodes, Compiler.Site site) {
    Scope s = site.scope();
    int n = args.size();
    int[] modes = new int[n];
    Expr[] argExprs = args.toArray(new Expr[0]);
    for (int i = 0; i < n; i++) {
      Expr a = argExprs[i];
      if (a instanceof Exprs.Lambda || a instanceof Exprs.OpArg) {
        modes[i] = CLOSURE;
      } else if (a instanceof Exprs.Ident id) {
        if (site.open() || Compiler.Lex.find(site.lex(), id.name()) != null) {
          modes[i] = DYNAMIC;
        } else {
          modes[i] = Calls.isOperatorArg(a, s, Env.EMPTY) ? CLOSURE : VALUE;
        }
      } else {
        modes[i] = VALUE;
      }
    }
    NativeOp op = nat.op();
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        Object[] out = new Object[modes.length];
        for (int i = 0; i < out.length; i++) {
          switch (modes[i]) {
            case CLOSURE -> out[i] = ev.calls.closure(argExprs[i], s, env);
            case DYNAMIC -> out[i] = Calls.isOperatorArg(argExprs[i], s, env) ? ev.calls.closure(argExprs[i], s, env)
                : argCodes[i].eval(env, ctx);
            default -> out[i] = argCodes[i].eval(env, ctx);
          }
        }
        return op.apply(out, ctx);
      }
    };
  }
}

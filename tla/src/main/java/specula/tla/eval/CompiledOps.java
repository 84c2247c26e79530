package specula.tla.eval;

import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;

import java.util.List;

/**
 * Compiled operator applications: the connectives and action operators of the language, then (as in
 * {@link Calls#opApp}) a definition or native bound to the symbol, else the strict built-in chosen once here.
 */
final class CompiledOps {
  private final Evaluator ev;
  private final Compiler compiler;

  CompiledOps(Evaluator ev, Compiler compiler) {
    this.ev = ev;
    this.compiler = compiler;
  }

  Code junction(Expr e, boolean conj, List<Expr> items, Compiler.Site site) {
    Code[] cs = compiler.all(items, site);
    if (conj) {
      return new Code(e) {
        Value exec(Env env, Ctx ctx) {
          for (Code c : cs) {
            if (!c.evalBool(env, ctx)) {
              return BoolValue.FALSE;
            }
          }
          return BoolValue.TRUE;
        }
      };
    }
    return new Code(e) {
      Value exec(Env env, Ctx ctx) {
        for (Code c : cs) {
          if (c.evalBool(env, ctx)) {
            return BoolValue.TRUE;
          }
        }
        return BoolValue.FALSE;
      }
    };
  }

  Code opApp(Exprs.OpApp op, Compiler.Site site) {
    String c = op.canonical();
    if (op.fixity() == Parts.Fixity.PREFIX && c.equals("-")) {
      c = "-.";
    }
    List<Expr> args = op.args();
    Range r = op.range();
    Scope s = site.scope();
    switch (c) {
      case "/\\":
        return junction(op, true, args, site);
      case "\\/":
        return junction(op, false, args, site);
      case "=>": {
        Code a = compiler.compile(args.get(0), site);
        Code b = compiler.compile(args.get(1), site);
        return new Code(op) {
          Value exec(Env env, Ctx ctx) {
            return BoolValue.of(!a.evalBool(env, ctx) || b.evalBool(env, ctx));
          }
        };
      }
      case "<=>", "\\equiv": {
        Code a = compiler.compile(args.get(0), site);
        Code b = compiler.compile(args.get(1), site);
        return new Code(op) {
          Value exec(Env env, Ctx ctx) {
            return BoolValue.of(a.evalBool(env, ctx) == b.evalBool(env, ctx));
          }
        };
      }
      case "~": {
        Code a = compiler.compile(args.get(0), site);
        return new Code(op) {
          Value exec(Env env, Ctx ctx) {
            return BoolValue.of(!a.evalBool(env, ctx));
          }
        };
      }
      case "'": {
        Code a = compiler.compile(args.get(0), site);
        return new Code(op) {
          Value exec(Env env, Ctx ctx) {
            return a.eval(env, ctx.primed(r));
          }
        };
      }
      case "UNCHANGED": {
        Code a = compiler.compile(args.get(0), site);
        return new Code(op) {
          Value exec(Env env, Ctx ctx) {
            Value now = a.eval(env, ctx);
            Value then = a.eval(env, ctx.primed(r));
            return BoolValue.of(now.equals(then));
          }
        };
      }
      case "ENABLED":
      case "[]", "<>", "~>", "-+->":
        return compiler.interpreted(op, site);
      default:
        break;
    }
    if (Compiler.Lex.find(site.lex(), c) != null) {
      // An operator symbol defined in a LET: resolved at each evaluation, as the interpreter does.
      return compiler.interpreted(op, site);
    }
    Code resolved = resolved(op, c, args, site);
    if (!site.open()) {
      return resolved;
    }
    String sym = c;
    return new Code(op) {
      Value exec(Env env, Ctx ctx) {
        if (env.lookup(sym) != null) {
          return ev.calls.opApp(op, s, env, ctx);
        }
        return resolved.exec(env, ctx);
      }
    };
  }

  private Code resolved(Exprs.OpApp op, String c, List<Expr> args, Compiler.Site site) {
    Scope s = site.scope();
    Range r = op.range();
    Binding b = s.lookup(c);
    Code[] cs = compiler.all(args, site);
    if (b instanceof Binding.Def d) {
      return compiler.names().defCall(op, d, c, args, cs, site);
    }
    if (b != null && !(b instanceof Binding.Native)) {
      return new Code(op) {
        Value exec(Env env, Ctx ctx) {
          return ev.calls.invoke(b, c, args, s, env, ctx, r);
        }
      };
    }
    if (b instanceof Binding.Native n && isCoreArithmetic(n)) {
      return strict(op, n.name(), cs);
    }
    if (b instanceof Binding.Native n) {
      NativeOp nat = n.op();
      return new Code(op) {
        Value exec(Env env, Ctx ctx) {
          return nat.apply(evalAll(cs, env, ctx), ctx);
        }
      };
    }
    if (CoreOps.isStrict(c)) {
      return strict(op, c, cs);
    }
    return new Code(op) {
      Value exec(Env env, Ctx ctx) {
        evalAll(cs, env, ctx);
        throw Calls.undefined(c, r);
      }
    };
  }

  /**
   * The operators of Naturals and Integers that {@link Natives} implements as the built-in of the same symbol
   * ({@link CoreOps}): applied directly, without converting the operands for a native call.
   */
  private static boolean isCoreArithmetic(Binding.Native n) {
    return (n.module().equals("Naturals") || n.module().equals("Integers")) && CoreOps.isStrict(n.name());
  }

  private static Code strict(Exprs.OpApp op, String name, Code[] cs) {
    Code frequent = cs.length == 2 ? binary(op, name, cs[0], cs[1]) : null;
    if (frequent != null) {
      return frequent;
    }
    CoreOps.Strict fn = CoreOps.strict(name);
    if (cs.length == 2) {
      Code x = cs[0];
      Code y = cs[1];
      return new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return fn.apply(new Value[] {a, y.eval(env, ctx)});
        }
      };
    }
    return new Code(op) {
      Value exec(Env env, Ctx ctx) {
        return fn.apply(evalAll(cs, env, ctx));
      }
    };
  }

  /**
   * The most frequent binary operators, each its own node class so that the operation is a direct (inlinable)
   * call rather than one more megamorphic one; null for the others.
   */
  private static Code binary(Exprs.OpApp op, String name, Code x, Code y) {
    return switch (name) {
      case "=" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.eq(a, y.eval(env, ctx));
        }
      };
      case "/=" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.neq(a, y.eval(env, ctx));
        }
      };
      case "\\in" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.in(a, y.eval(env, ctx));
        }
      };
      case "\\notin" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.notin(a, y.eval(env, ctx));
        }
      };
      case "+" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.add(a, y.eval(env, ctx));
        }
      };
      case "-" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.sub(a, y.eval(env, ctx));
        }
      };
      case "<" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.lt(a, y.eval(env, ctx));
        }
      };
      case ">" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.gt(a, y.eval(env, ctx));
        }
      };
      case "<=" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.le(a, y.eval(env, ctx));
        }
      };
      case ">=" -> new Code(op) {
        Value exec(Env env, Ctx ctx) {
          Value a = x.eval(env, ctx);
          return CoreOps.ge(a, y.eval(env, ctx));
        }
      };
      default -> null;
    };
  }
}

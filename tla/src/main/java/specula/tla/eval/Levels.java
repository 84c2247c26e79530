package specula.tla.eval;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A conservative level analysis, enough to decide what may be cached: a definition is constant when nothing it
 * mentions (transitively) is a state variable, a primed or temporal operator, or an operator whose value depends on
 * the run (TLCGet, JavaTime, ...). Like TLC, which evaluates constant-level definitions once before the
 * search, the process environment ({@code IOEnv}) and the (nd)JSON deserialisers count as constant: a trace spec's
 * deserialised log is then read and post-processed once rather than per state.
 */
public final class Levels {
  // RandomElement and the Randomization operators are not here: SANY gives them constant level, so TLC evaluates
  // a parameterless definition using them once (one random graph per run, not one per state).
  private static final Set<String> IMPURE = Set.of("TLCGet", "TLCSet", "JavaTime", "TLCGetOrDefault", "TLCGetAndSet", "Trace",
      "CounterExample", "IOExec", "IOEnvExec", "IODeserialize",
      "CSVRead", "CSVRecords", "TLCCache", "Print", "PrintT", "ToTrace", "TLCModelValue", "Deserialize");
  private static final Set<String> PRIMING = Set.of("'", "UNCHANGED", "ENABLED", "[]", "<>", "~>", "-+->");

  private final IdentityCache<Object, Boolean> constant = new IdentityCache<>();
  private final IdentityCache<Expr, Boolean> primes = new IdentityCache<>();

  boolean isConstant(Unit def, Scope scope) {
    return isConstant(def, scope, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  /**
   * A definition being analysed is assumed constant while its own body is walked (recursive definitions); that
   * assumption lives in {@code inProgress}, private to this call, because the cache is shared by the checker's
   * threads and another thread must never read a provisional answer.
   */
  private boolean isConstant(Unit def, Scope scope, Set<Object> inProgress) {
    Boolean b = constant.get(def);
    if (b != null) {
      return b;
    }
    if (!inProgress.add(def)) {
      return true;
    }
    boolean r = false;
    if (def instanceof Unit.OpDef d) {
      r = constantExpr(d.body(), scope, inProgress);
    } else if (def instanceof Unit.FnDef f) {
      r = constantExpr(f.body(), scope, inProgress)
          && f.bounds().stream().allMatch(bd -> bd.set() == null || constantExpr(bd.set(), scope, inProgress));
    }
    inProgress.remove(def);
    constant.put(def, r);
    return r;
  }

  private boolean constantExpr(Expr body, Scope scope, Set<Object> inProgress) {
    return !any(body, n -> !constantNode(n, scope, inProgress));
  }

  private boolean constantNode(Node n, Scope scope, Set<Object> inProgress) {
    String name = "";
    if (n instanceof Exprs.Ident id) {
      name = id.name();
    } else if (n instanceof Exprs.Apply a) {
      name = a.name();
    } else if (n instanceof Exprs.OpApp op) {
      name = PRIMING.contains(op.canonical()) ? null : op.canonical();
    } else if (n instanceof Exprs.Qualified || n instanceof Exprs.ActionSub || n instanceof Exprs.Fairness) {
      name = null;
    }
    if (name == null) {
      return false;
    }
    if (name.isEmpty()) {
      return true;
    }
    Binding b = scope.lookup(name);
    return b == null || constantBinding(b, inProgress);
  }

  private boolean constantBinding(Binding b, Set<Object> inProgress) {
    if (b instanceof Binding.Var || b instanceof Binding.Instance) {
      return false;
    }
    if (b instanceof Binding.Def d) {
      return isConstant(d.def(), d.scope(), inProgress);
    }
    if (b instanceof Binding.FnDef f) {
      return isConstant(f.def(), f.scope(), inProgress);
    }
    if (b instanceof Binding.Subst s) {
      return s.env() == Env.EMPTY && constantExpr(s.expr(), s.scope(), inProgress);
    }
    if (b instanceof Binding.Native nat) {
      return !IMPURE.contains(nat.name());
    }
    return true;
  }

  /** Whether the expression mentions {@code '}, UNCHANGED or ENABLED syntactically. */
  boolean hasPrime(Expr e) {
    Boolean b = primes.get(e);
    if (b == null) {
      b = any(e, n -> n instanceof Exprs.OpApp op && PRIMING.contains(op.canonical())
          || n instanceof Exprs.ActionSub);
      primes.put(e, b);
    }
    return b;
  }

  /** Whether a temporal operator ({@code []}, {@code <>}, {@code ~>}, fairness, temporal quantifiers) occurs in e. */
  public static boolean hasTemporal(Expr e) {
    return any(e, n -> n instanceof Exprs.Fairness
        || n instanceof Exprs.OpApp op && Set.of("[]", "<>", "~>", "-+->").contains(op.canonical())
        || n instanceof Exprs.Quant q && (q.kind().equals("\\AA") || q.kind().equals("\\EE")));
  }

  /** True when some node of the tree satisfies {@code p}. */
  static boolean any(Object node, Predicate<Node> p) {
    if (node instanceof Node n) {
      if (p.test(n)) {
        return true;
      }
      if (n instanceof Exprs.Ident || n instanceof Exprs.NumberLit || n instanceof Exprs.StringLit) {
        return false;
      }
    }
    if (node instanceof List<?> list) {
      for (Object o : list) {
        if (any(o, p)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof Record r && (node instanceof Node || node instanceof Parts.PathElem)) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Class<?> t = c.getType();
        if (t == String.class || t.isPrimitive() || t.isEnum() || t == specula.tla.syntax.ast.Range.class) {
          continue;
        }
        try {
          if (any(c.getAccessor().invoke(r), p)) {
            return true;
          }
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException(ex);
        }
      }
    }
    return false;
  }
}

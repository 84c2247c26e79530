package specula.tla.check;

import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.Binding;
import specula.tla.eval.Scope;
import specula.tla.eval.Spec;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model's formulas resolved against the spec: Init and Next (given directly or taken apart from a
 * SPECIFICATION {@code Init /\ [][Next]_v /\ fairness}), invariants, action properties {@code [][A]_v},
 * constraints, VIEW, SYMMETRY, ALIAS, POSTCONDITION; temporal properties that need liveness checking are counted.
 */
public record Model(Formula init, Formula next, List<Formula> invariants, List<Formula> initProperties,
                    List<Formula> actionProperties,
                    List<Formula> constraints, List<Formula> actionConstraints, Formula view, Formula symmetry,
                    Formula alias, Formula postcondition, boolean checkDeadlock, List<String> livenessSkipped) {

  /** An expression with the scope its names resolve in; {@code name} is how the model refers to it. */
  public record Formula(String name, Expr expr, Scope scope) {
  }

  public static Model resolve(Spec spec, ModelConfig cfg) {
    Scope root = spec.root();
    Formula init;
    Formula next;
    List<Formula> invariants = new ArrayList<>();
    List<Formula> actionProps = new ArrayList<>();
    List<Formula> initProps = new ArrayList<>();
    List<String> liveness = new ArrayList<>();
    if (cfg.specification().isPresent()) {
      String name = cfg.specification().get();
      List<Formula> parts = new ArrayList<>();
      conjuncts(spec, named(root, name), parts);
      List<Formula> inits = new ArrayList<>();
      Formula nx = null;
      for (Formula f : parts) {
        Expr e = unparen(f.expr());
        if (e instanceof Exprs.OpApp op && op.canonical().equals("[]")
            && unparen(op.args().get(0)) instanceof Exprs.ActionSub as && !as.angle()) {
          nx = new Formula(name, as.action(), f.scope());
        } else if (e instanceof Exprs.Fairness || isTemporal(e)) {
          continue; // fairness matters only to liveness
        } else {
          inits.add(f);
        }
      }
      if (inits.isEmpty() || nx == null) {
        throw new ModelException("The specification " + name + " is not of the form Init /\\ [][Next]_vars.");
      }
      init = inits.size() == 1 ? inits.get(0) : new Formula(name, new Exprs.Junction(inits.get(0).expr().range(),
          "/\\", inits.stream().map(Formula::expr).toList()), inits.get(0).scope());
      next = nx;
    } else {
      init = cfg.init().map(n -> named(root, n)).orElse(null);
      next = cfg.next().map(n -> named(root, n)).orElse(null);
    }
    for (String inv : cfg.invariants()) {
      invariants.add(named(root, inv));
    }
    for (String p : cfg.properties()) {
      List<Formula> parts = new ArrayList<>();
      conjuncts(spec, named(root, p), parts);
      for (Formula f : parts) {
        Expr e = unparen(f.expr());
        if (e instanceof Exprs.OpApp op && op.canonical().equals("[]")) {
          Expr inner = unparen(op.args().get(0));
          if (inner instanceof Exprs.ActionSub as && !as.angle()) {
            actionProps.add(new Formula(p, inner, f.scope()));
            continue;
          }
          if (!isTemporal(inner) && !(inner instanceof Exprs.ActionSub)) {
            invariants.add(new Formula(p, inner, f.scope()));
            continue;
          }
        }
        if (!isTemporal(e)) {
          // A state predicate as a property only constrains the initial states.
          initProps.add(new Formula(p, e, f.scope()));
          continue;
        }
        liveness.add(p);
      }
    }
    List<Formula> constraints = cfg.constraints().stream().map(n -> named(root, n)).toList();
    List<Formula> actionConstraints = cfg.actionConstraints().stream().map(n -> named(root, n)).toList();
    return new Model(init, next, invariants, initProps, actionProps, constraints, actionConstraints,
        opt(root, cfg.view()), opt(root, cfg.symmetry()), opt(root, cfg.alias()), opt(root, cfg.postcondition()),
        cfg.checkDeadlockOrDefault(), List.copyOf(liveness));
  }

  private static Formula opt(Scope root, Optional<String> name) {
    return name.map(n -> named(root, n)).orElse(null);
  }

  /** The formula a model name refers to: the name itself, evaluated in the root scope. */
  static Formula named(Scope root, String name) {
    if (root.lookup(name) == null) {
      throw new ModelException("The operator " + name + " named in the configuration is not defined in the spec.");
    }
    return new Formula(name, new Exprs.Ident(null, name), root);
  }

  /** Splits a conjunction into its conjuncts, looking through definitions without parameters. */
  private static void conjuncts(Spec spec, Formula f, List<Formula> out) {
    Expr e = unparen(f.expr());
    if (e instanceof Exprs.Junction j && j.isConjunction()) {
      j.items().forEach(i -> conjuncts(spec, new Formula(f.name(), i, f.scope()), out));
    } else if (e instanceof Exprs.OpApp op && op.canonical().equals("/\\")) {
      op.args().forEach(i -> conjuncts(spec, new Formula(f.name(), i, f.scope()), out));
    } else if (e instanceof Exprs.Ident id && f.scope().lookup(id.name()) instanceof Binding.Def d
        && d.def().params().isEmpty() && containsTemporal(spec, d.def().body(), d.scope(), 0)) {
      conjuncts(spec, new Formula(f.name(), d.def().body(), d.scope()), out);
    } else if (e instanceof Exprs.Qualified q && q.segments().get(q.segments().size() - 1).args().isEmpty()
        && containsTemporal(spec, q, f.scope(), 0)) {
      Scope inst = new specula.tla.eval.Evaluator(spec).instanceScopeOf(q, f.scope(),
          specula.tla.eval.Ctx.constant(specula.tla.eval.Services.quiet()));
      String last = q.segments().get(q.segments().size() - 1).name().text();
      if (inst.lookup(last) instanceof Binding.Def d && d.def().params().isEmpty()) {
        conjuncts(spec, new Formula(f.name(), d.def().body(), d.scope()), out);
      } else {
        out.add(new Formula(f.name(), e, f.scope()));
      }
    } else {
      out.add(new Formula(f.name(), e, f.scope()));
    }
  }

  /** Whether a definition's body is (or conjoins, through names and instances) a temporal formula. */
  private static boolean containsTemporal(Spec spec, Expr e, Scope scope, int depth) {
    e = unparen(e);
    if (depth > 8) {
      return false;
    }
    if (isTemporal(e)) {
      return true;
    }
    if (e instanceof Exprs.Junction j) {
      return j.items().stream().anyMatch(i -> containsTemporal(spec, i, scope, depth + 1));
    }
    if (e instanceof Exprs.OpApp op && op.canonical().equals("/\\")) {
      return op.args().stream().anyMatch(i -> containsTemporal(spec, i, scope, depth + 1));
    }
    if (e instanceof Exprs.Ident id && scope.lookup(id.name()) instanceof Binding.Def d
        && d.def().params().isEmpty()) {
      return containsTemporal(spec, d.def().body(), d.scope(), depth + 1);
    }
    if (e instanceof Exprs.Qualified q && q.segments().get(q.segments().size() - 1).args().isEmpty()) {
      try {
        Scope inst = new specula.tla.eval.Evaluator(spec).instanceScopeOf(q, scope,
            specula.tla.eval.Ctx.constant(specula.tla.eval.Services.quiet()));
        String last = q.segments().get(q.segments().size() - 1).name().text();
        return inst.lookup(last) instanceof Binding.Def d && d.def().params().isEmpty()
            && containsTemporal(spec, d.def().body(), d.scope(), depth + 1);
      } catch (RuntimeException ex) {
        return false;
      }
    }
    return false;
  }

  static boolean isTemporal(Expr e) {
    return specula.tla.eval.Levels.hasTemporal(e);
  }

  static Expr unparen(Expr e) {
    while (e instanceof Exprs.Paren p) {
      e = p.inner();
    }
    return e;
  }
}

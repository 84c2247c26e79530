package specula.tla.check;

import specula.tla.eval.ActionEnumerator;
import specula.tla.eval.Ctx;
import specula.tla.eval.Env;
import specula.tla.eval.EvalException;
import specula.tla.eval.Evaluator;
import specula.tla.eval.Services;
import specula.tla.eval.Spec;
import specula.tla.eval.value.BoolValue;
import specula.tla.eval.value.Fingerprint;
import specula.tla.eval.value.ModelValue;
import specula.tla.eval.value.PermutationGroup;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Symmetry;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state space of a model: initial states, successors, fingerprints (through VIEW and SYMMETRY), and the
 * checks made on states and transitions. Stateless apart from the symmetry permutations, so workers share it.
 */
final class StateSpace {
  final Spec spec;
  final Model model;
  final Evaluator ev;
  final ActionEnumerator enumerator;
  final Services services;
  /** The SYMMETRY group, evaluated once; null without SYMMETRY (or with an empty set). */
  private final PermutationGroup symmetry;

  StateSpace(Spec spec, Model model, Services services) {
    this.spec = spec;
    this.model = model;
    this.services = services;
    this.ev = new Evaluator(spec);
    this.enumerator = new ActionEnumerator(ev);
    if (model.symmetry() != null) {
      Value p = eval(model.symmetry(), Ctx.constant(services));
      List<Map<ModelValue, Value>> perms = p instanceof SetValue s ? subgroup(Symmetry.asMaps(s)) : List.of();
      this.symmetry = perms.isEmpty() ? null : PermutationGroup.of(perms);
    } else {
      this.symmetry = null;
    }
  }

  /**
   * The permutation group the given permutations generate (TLC's permutationSubgroup): Permutations(A) \cup
   * Permutations(V) also permutes A and V at once.
   */
  static List<Map<ModelValue, Value>> subgroup(List<Map<ModelValue, Value>> gens) {
    java.util.Set<Map<ModelValue, Value>> seen = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<Map<ModelValue, Value>> todo = new java.util.ArrayDeque<>();
    for (Map<ModelValue, Value> g : gens) {
      Map<ModelValue, Value> n = normal(g);
      if (seen.add(n)) {
        todo.add(n);
      }
    }
    while (!todo.isEmpty() && seen.size() < 100_000) {
      Map<ModelValue, Value> a = todo.poll();
      for (Map<ModelValue, Value> g : List.copyOf(seen)) {
        Map<ModelValue, Value> c = normal(compose(a, g));
        if (seen.add(c)) {
          todo.add(c);
        }
      }
    }
    return new ArrayList<>(seen);
  }

  private static Map<ModelValue, Value> compose(Map<ModelValue, Value> a, Map<ModelValue, Value> b) {
    Map<ModelValue, Value> out = new java.util.HashMap<>();
    java.util.Set<ModelValue> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (ModelValue k : keys) {
      Value mid = b.getOrDefault(k, k);
      Value img = mid instanceof ModelValue mm ? a.getOrDefault(mm, mm) : mid;
      out.put(k, img);
    }
    return out;
  }

  private static Map<ModelValue, Value> normal(Map<ModelValue, Value> m) {
    Map<ModelValue, Value> out = new java.util.HashMap<>();
    m.forEach((k, v) -> {
      if (!k.equals(v)) {
        out.put(k, v);
      }
    });
    return out;
  }

  int vars() {
    return spec.variables().size();
  }

  Value eval(Model.Formula f, Ctx ctx) {
    return ev.eval(f.expr(), f.scope(), Env.EMPTY, ctx);
  }

  boolean holds(Model.Formula f, Ctx ctx) {
    Value v = eval(f, ctx);
    if (v instanceof BoolValue b) {
      return b.val();
    }
    throw new EvalException(EvalException.Kind.EVAL, "The " + f.name() + " is not a boolean: "
        + ValuePrinter.DEFAULT.print(v), f.expr().range());
  }

  long fingerprint(Value[] state, int level) {
    if (model.view() != null) {
      return eval(model.view(), new Ctx(state, null, level, services)).fingerprint();
    }
    if (symmetry != null) {
      return symmetry.canonicalFingerprint(state);
    }
    long fp = Fingerprint.SEED;
    for (Value v : state) {
      fp = v.fp(fp);
    }
    return fp;
  }

  /** Initial states, each checked to assign every variable. */
  List<Value[]> initialStates() {
    List<Value[]> out = new ArrayList<>();
    initialStates(s -> {
      out.add(s);
      return true;
    });
    return out;
  }

  /**
   * Streams the initial states, each checked to assign every variable, to {@code sink} as they are enumerated;
   * stops when the sink answers false or the run is stopped.
   */
  void initialStates(java.util.function.Predicate<Value[]> sink) {
    enumerator.initial(model.init().expr(), model.init().scope(), vars(), services, (s, l) -> {
      requireComplete(s, "initial predicate");
      return sink.test(s) && !services.isStopped();
    });
  }

  /** A successor with the action that produced it. */
  record Successor(Value[] state, ActionEnumerator.ActionLabel label) {
  }

  void successors(Value[] cur, int level, ActionEnumerator.Sink sink) {
    enumerator.successors(model.next().expr(), model.next().scope(), Env.EMPTY, cur, level, services, (s, l) -> {
      requireComplete(s, "next-state action");
      return sink.accept(s, l);
    });
  }

  private void requireComplete(Value[] s, String what) {
    boolean complete = true;
    for (Value v : s) {
      complete &= v != null;
    }
    if (complete) {
      return; // the usual case, checked for every successor: no allocation
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (s[i] == null) {
        missing.add(spec.variables().get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw new EvalException(EvalException.Kind.UNASSIGNED, (what.equals("initial predicate")
          ? "The variable " + String.join(", ", missing) + " was not initialized by the initial predicate."
          : "Successor state is not completely specified by the " + what
          + ". The following variable(s) is (are) not assigned: " + String.join(", ", missing) + "."), null);
    }
  }

  /**
   * How a trace state is shown: its variables, or the fields of the ALIAS record evaluated in it (with the next
   * state for primed references, as TLC allows).
   */
  java.util.Map<String, Value> display(Value[] s, Value[] next, int level) {
    java.util.Map<String, Value> out = new java.util.LinkedHashMap<>();
    if (model.alias() != null) {
      try {
        Value a = eval(model.alias(), new Ctx(s, next, level, services));
        if (a instanceof specula.tla.eval.value.RecordValue r) {
          for (int i = 0; i < r.size(); i++) {
            out.put(r.name(i), r.valueAt(i));
          }
          return out;
        }
      } catch (EvalException e) {
        // TLC falls back to the variables when the alias cannot be evaluated.
      }
    }
    for (int k = 0; k < s.length; k++) {
      out.put(spec.variables().get(k), s[k]);
    }
    return out;
  }

  /** The POSTCONDITION, evaluated once the search is over (TLCGet sees the final figures); true without one. */
  boolean postconditionHolds() {
    return model.postcondition() == null || holds(model.postcondition(), Ctx.constant(services));
  }

  /** The first invariant the state violates, or null. */
  Model.Formula violatedInvariant(Value[] s, int level) {
    if (model.invariants().isEmpty()) {
      return null;
    }
    Ctx ctx = new Ctx(s, null, level, services);
    for (Model.Formula inv : model.invariants()) {
      if (!holds(inv, ctx)) {
        return inv;
      }
    }
    return null;
  }

  /** The first property that is a state predicate (checked on initial states only) the state violates, or null. */
  Model.Formula violatedInitProperty(Value[] s) {
    Ctx ctx = new Ctx(s, null, 1, services);
    for (Model.Formula p : model.initProperties()) {
      if (!holds(p, ctx)) {
        return p;
      }
    }
    return null;
  }

  boolean inConstraints(Value[] s, int level) {
    if (model.constraints().isEmpty()) {
      return true;
    }
    Ctx ctx = new Ctx(s, null, level, services);
    for (Model.Formula c : model.constraints()) {
      if (!holds(c, ctx)) {
        return false;
      }
    }
    return true;
  }

  boolean inActionConstraints(Value[] s, Value[] t, int level) {
    if (model.actionConstraints().isEmpty()) {
      return true;
    }
    Ctx ctx = new Ctx(s, t, level, services);
    for (Model.Formula c : model.actionConstraints()) {
      if (!holds(c, ctx)) {
        return false;
      }
    }
    return true;
  }

  /** The first action property {@code [][A]_v} the step violates, or null. */
  Model.Formula violatedActionProperty(Value[] s, Value[] t, int level) {
    if (model.actionProperties().isEmpty()) {
      return null;
    }
    Ctx ctx = new Ctx(s, t, level, services);
    for (Model.Formula p : model.actionProperties()) {
      if (!holds(p, ctx)) {
        return p;
      }
    }
    return null;
  }
}

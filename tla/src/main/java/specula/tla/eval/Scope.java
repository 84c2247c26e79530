package specula.tla.eval;

import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names visible in one module instance: its own definitions, what it EXTENDS and what its unnamed INSTANCEs
 * export, and its declared constants and variables bound to what the model or the INSTANCE gives them.
 */
public final class Scope {
  private final String module;
  private final Map<String, Binding> names = new HashMap<>();
  private final Map<String, Binding> exported = new HashMap<>();
  private final List<Unit.Assume> assumptions = new ArrayList<>();
  /** Values of constant-level definitions without parameters, computed once (TLC does the same). */
  final IdentityCache<Unit.OpDef, Value> constantCache = new IdentityCache<>();
  final IdentityCache<Unit.ModuleDef, Scope> instanceCache = new IdentityCache<>();
  final IdentityCache<Unit.FnDef, Value> fnCache = new IdentityCache<>();
  /** Expressions compiled for this scope, by the expression evaluated; cleared whenever a name is (re)defined. */
  final IdentityCache<specula.tla.syntax.ast.Expr, Code> compiled = new IdentityCache<>();
  /** The same for expressions entered with bound names whose set is not known statically. */
  final IdentityCache<specula.tla.syntax.ast.Expr, Code> compiledOpen = new IdentityCache<>();
  /** Formulas compiled for action enumeration (Init, Next, ENABLED), closed and open as above. */
  final IdentityCache<specula.tla.syntax.ast.Expr, ActionEnumerator.Act> actions = new IdentityCache<>();
  final IdentityCache<specula.tla.syntax.ast.Expr, ActionEnumerator.Act> actionsOpen = new IdentityCache<>();
  /** Module-level function definitions compiled (binders and body). */
  final IdentityCache<Unit.FnDef, Compiler.FnCode> fnCode = new IdentityCache<>();
  /** Set on scopes built for one evaluation (a parameterised INSTANCE): compiling them would not pay. */
  volatile boolean interpretive;
  /** Counts (re)definitions: code compiled for an earlier generation resolved names that may have changed. */
  volatile int generation;

  public Scope(String module) {
    this.module = module;
  }

  public String module() {
    return module;
  }

  public Binding lookup(String name) {
    return names.get(name);
  }

  void define(String name, Binding b, boolean export) {
    compiled.clear();
    compiledOpen.clear();
    actions.clear();
    actionsOpen.clear();
    fnCode.clear();
    generation++;
    names.put(name, b);
    if (export) {
      exported.put(name, b);
    } else {
      exported.remove(name);
    }
  }

  void override(String name, Binding b) {
    compiled.clear();
    compiledOpen.clear();
    actions.clear();
    actionsOpen.clear();
    fnCode.clear();
    generation++;
    names.put(name, b);
    if (exported.containsKey(name)) {
      exported.put(name, b);
    }
  }

  Map<String, Binding> exported() {
    return exported;
  }

  public Map<String, Binding> names() {
    return java.util.Collections.unmodifiableMap(names);
  }

  void addAssumption(Unit.Assume a) {
    assumptions.add(a);
  }

  public List<Unit.Assume> assumptions() {
    return assumptions;
  }
}

package specula.tla.eval;

import specula.tla.check.cfg.ConstantEntry;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.semantic.ModuleResolver;
import specula.tla.semantic.ModuleSource;
import specula.tla.stdlib.StandardLibrary;
import specula.tla.syntax.Operators;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.WorkspaceParser;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a root module with its EXTENDS/INSTANCE closure and binds every name: definitions across modules,
 * INSTANCE substitutions, constants from the model ({@code =} values, {@code <-} replacements, also
 * {@code [Mod]}-scoped), variables to state slots, and library operators to their Java implementations.
 */
public final class SpecLoader {
  private final StandardLibrary library;
  private final Natives natives;
  private final Map<String, Module> modules = new HashMap<>();
  private final Map<String, Boolean> fromLibrary = new HashMap<>();
  private final Map<String, Scope> closedCache = new HashMap<>();
  private ModelConfig config;
  private Scope rootScope;
  private final List<String> variables = new ArrayList<>();
  private final Decl rootDecl = this::rootDecl;

  public SpecLoader(StandardLibrary library, Natives natives) {
    this.library = library;
    this.natives = natives;
  }

  /** Loads {@code root} with its closure from {@code source}, the built-in library answering the names it lacks. */
  public static Spec load(String root, ModuleSource source, ModelConfig config) {
    return new SpecLoader(new StandardLibrary(), new Natives()).run(root, source, config);
  }

  public Spec run(String root, ModuleSource source, ModelConfig cfg) {
    this.config = cfg;
    parseClosure(root, ModuleResolver.of(source, library));
    rootScope = new Scope(root);
    Map<String, Scope> family = new HashMap<>();
    fill(rootScope, modules.get(root), rootDecl, family);
    applyRootOverrides();
    return new Spec(root, rootScope, List.copyOf(variables), this);
  }

  /**
   * Parses {@code root} and every module it EXTENDS or INSTANCEs, looked up as the front end does (further modules
   * of a file already read, then the user's sources, then the built-ins).
   */
  private void parseClosure(String root, ModuleResolver resolver) {
    TlaParser parser = new TlaParser();
    Deque<String> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (modules.containsKey(name)) {
        continue;
      }
      ModuleSource.SourceText text = resolver.find(name).orElseThrow(
          () -> new SpecException("Cannot find source file for module " + name + "."));
      ParseResult r = parser.parse(name + ".tla", text.text());
      if (!r.ok()) {
        SyntaxDiagnostic d = r.diagnostics().isEmpty() ? null : r.diagnostics().get(0);
        throw new SpecException("Parse error in " + r.fileName()
            + (d == null ? "" : " at " + d.range().line() + ":" + d.range().column() + ": " + d.message()));
      }
      if (!r.module().name().equals(name)) {
        throw new SpecException("File name '" + name + "' does not match the name '" + r.module().name()
            + "' of the top level module it contains.");
      }
      resolver.read(text, r.module());
      fromLibrary.put(name, text.builtin());
      register(r.module());
      todo.addAll(WorkspaceParser.dependencies(r.module()));
    }
  }

  private void register(Module m) {
    modules.putIfAbsent(m.name(), m);
    for (Unit u : m.units()) {
      if (u instanceof Unit.Submodule s) {
        register(s.module());
      }
    }
  }

  private Binding rootDecl(String name, boolean variable) {
    if (variable) {
      int idx = variables.indexOf(name);
      if (idx < 0) {
        idx = variables.size();
        variables.add(name);
      }
      return new Binding.Var(idx, name);
    }
    ConstantEntry e = config.constant(name).orElse(null);
    if (e instanceof ConstantEntry.Assignment a) {
      return new Binding.Const(a.value());
    }
    if (e instanceof ConstantEntry.Substitution s) {
      return new Binding.Subst(new Exprs.Ident(null, s.target()), rootScope, Env.EMPTY);
    }
    return new Binding.Missing(name);
  }

  /** Entries of the model that replace a definition (rather than give a declared constant its value). */
  private void applyRootOverrides() {
    for (ConstantEntry e : config.constants()) {
      if (e.module() != null) {
        continue;
      }
      Binding cur = rootScope.lookup(e.name());
      if (cur == null || cur instanceof Binding.Const || cur instanceof Binding.Missing
          || cur instanceof Binding.Subst) {
        continue;
      }
      rootScope.override(e.name(), overrideBinding(e));
    }
  }

  private Binding overrideBinding(ConstantEntry e) {
    if (e instanceof ConstantEntry.Assignment a) {
      return new Binding.Const(a.value());
    }
    return new Binding.Subst(new Exprs.Ident(null, ((ConstantEntry.Substitution) e).target()), rootScope,
        Env.EMPTY);
  }

  /**
   * A model entry that replaces a definition wherever it is used (TLC overrides the definition itself, so
   * {@code Seq <- BoundedSeq} also changes the Seq that library and extended modules see).
   */
  private Optional<Binding> definitionOverride(String name) {
    for (ConstantEntry e : config.constants()) {
      if (e.module() == null && e.name().equals(name)) {
        return Optional.of(overrideBinding(e));
      }
    }
    return Optional.empty();
  }

  /** Declared constant or variable name to its binding in one module instance. */
  interface Decl {
    Binding bind(String name, boolean variable);
  }

  Scope instantiate(String moduleName, Decl decl, Map<String, Scope> family) {
    Scope s = family.get(moduleName);
    if (s != null) {
      return s;
    }
    Module m = modules.get(moduleName);
    if (m == null) {
      throw new SpecException("Cannot find source file for module " + moduleName + ".");
    }
    boolean closed = isClosed(m, new java.util.HashSet<>());
    if (closed && closedCache.containsKey(moduleName)) {
      return closedCache.get(moduleName);
    }
    s = new Scope(moduleName);
    family.put(moduleName, s);
    fill(s, m, decl, family);
    if (closed) {
      closedCache.put(moduleName, s);
    }
    return s;
  }

  /** A module that declares no constants or variables (nor do its EXTENDS) is the same in every instance. */
  private boolean isClosed(Module m, java.util.Set<String> seen) {
    if (!seen.add(m.name())) {
      return true;
    }
    for (Unit u : m.units()) {
      if (u instanceof Unit.Constants || u instanceof Unit.Variables) {
        return false;
      }
    }
    for (Parts.Name e : m.extendsList()) {
      Module em = modules.get(e.text());
      if (em != null && !isClosed(em, seen)) {
        return false;
      }
    }
    return true;
  }

  private void fill(Scope scope, Module m, Decl decl, Map<String, Scope> family) {
    for (Parts.Name ext : m.extendsList()) {
      Scope es = instantiate(ext.text(), decl, family);
      es.exported().forEach((n, b) -> scope.define(n, b, true));
    }
    boolean lib = fromLibrary.getOrDefault(m.name(), false);
    // Model overrides of definitions reach the root's EXTENDS closure and the shared library modules, not the
    // modules of a named INSTANCE (whose Node is not the model's Node).
    boolean overridable = decl == rootDecl || isClosed(m, new java.util.HashSet<>());
    for (Unit u : m.units()) {
      if (u instanceof Unit.Constants c) {
        for (Parts.OpDecl d : c.decls()) {
          String n = defName(d.name().text(), d.fixity());
          scope.define(n, decl.bind(n, false), true);
        }
      } else if (u instanceof Unit.Variables v) {
        for (Parts.Name n : v.names()) {
          scope.define(n.text(), decl.bind(n.text(), true), true);
        }
      } else if (u instanceof Unit.OpDef d) {
        String n = defName(d.name().text(), d.fixity());
        NativeOp op = lib ? natives.lookup(m.name(), n) : null;
        Binding b = op != null ? new Binding.Native(m.name(), n, d.params().size(), op) : new Binding.Def(d, scope);
        scope.define(n, overridable ? definitionOverride(n).orElse(b) : b, !d.local());
      } else if (u instanceof Unit.FnDef f) {
        NativeOp op = lib ? natives.lookup(m.name(), f.name().text()) : null;
        Binding b = op != null ? new Binding.Native(m.name(), f.name().text(), 0, op) : new Binding.FnDef(f, scope);
        scope.define(f.name().text(), overridable ? definitionOverride(f.name().text()).orElse(b) : b, !f.local());
      } else if (u instanceof Unit.Instance i) {
        Scope target = instantiate(i.module().text(), instanceDecl(i, scope, Env.EMPTY), new HashMap<>());
        target.exported().forEach((n, b) -> scope.define(n, b, !i.local()));
      } else if (u instanceof Unit.ModuleDef md) {
        scope.define(md.name().text(), new Binding.Instance(md, scope), !md.local());
      } else if (u instanceof Unit.Assume a) {
        scope.addAssumption(a);
        if (a.name() != null) {
          scope.define(a.name().text(), new Binding.Def(synthetic(a.range(), a.name(), a.body()), scope), true);
        }
      } else if (u instanceof Unit.Theorem t && t.name() != null && t.statement() != null) {
        scope.define(t.name().text(), new Binding.Def(synthetic(t.range(), t.name(), t.statement()), scope), true);
      }
    }
    for (ConstantEntry e : config.constants()) {
      if (m.name().equals(e.module()) && scope.lookup(e.name()) != null) {
        scope.override(e.name(), overrideBinding(e));
      }
    }
  }

  /** Substitutions of an INSTANCE; names not substituted are taken from the instantiating scope, as TLA+ says. */
  Decl instanceDecl(Unit.Instance inst, Scope outer, Env env) {
    return (name, variable) -> {
      for (Parts.Substitution s : inst.substitutions()) {
        if (defName(s.name().text(), null).equals(name)) {
          return new Binding.Subst(s.value(), outer, env);
        }
      }
      Object bound = env.lookup(name);
      if (bound != null) {
        return new Binding.Subst(new Exprs.Ident(inst.range(), name), outer, env);
      }
      Binding b = outer.lookup(name);
      return b != null ? b : new Binding.Missing(name);
    };
  }

  /** The instance scope of {@code I(args)!...}: parameterless instances are built once per scope. */
  synchronized Scope instanceScope(Binding.Instance inst, Env argsEnv) {
    boolean plain = inst.def().params().isEmpty();
    if (plain) {
      Scope s = inst.scope().instanceCache.get(inst.def());
      if (s != null) {
        return s;
      }
    }
    Scope s = instantiate(inst.def().instance().module().text(), instanceDecl(inst.def().instance(), inst.scope(),
        plain ? Env.EMPTY : argsEnv), new HashMap<>());
    if (plain) {
      inst.scope().instanceCache.put(inst.def(), s);
    }
    return s;
  }

  /** A named ASSUME or THEOREM can be used as an expression, like a definition of its formula. */
  private static Unit.OpDef synthetic(specula.tla.syntax.ast.Range r, Parts.Name name, specula.tla.syntax.ast.Expr body) {
    return new Unit.OpDef(r, false, name, Parts.Fixity.NAME, List.of(), body);
  }

  static String defName(String spelling, Parts.Fixity fixity) {
    if (fixity == Parts.Fixity.PREFIX && (spelling.equals("-") || spelling.equals("-."))) {
      return "-.";
    }
    return Operators.canonical(spelling);
  }
}

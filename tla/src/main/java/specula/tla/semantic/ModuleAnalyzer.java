package specula.tla.semantic;

import specula.tla.syntax.Operators;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Proof;
import specula.tla.syntax.ast.ProofStep;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.StepBody;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analyses one module (and its submodules): imports what it EXTENDS and INSTANCEs, defines its units in order,
 * resolves their expressions ({@link ExprAnalyzer}) and proofs.
 */
final class ModuleAnalyzer {

    /** Supplies the resolved module for a name; reports (in the given context) when it cannot. */
    interface Modules {
        ResolvedModule resolve(String name, Parts.Name site, AnalysisContext ctx);
    }

    private final AnalysisContext ctx;
    private final ExprAnalyzer exprs;
    private final Modules modules;
    private final Map<String, ResolvedModule> submodules = new LinkedHashMap<>();
    private final List<Symbol> declarations = new ArrayList<>();
    private final List<Unit.Assume> assumptions = new ArrayList<>();
    private final List<Unit.Theorem> theorems = new ArrayList<>();
    private final Map<String, Symbol> exports = new LinkedHashMap<>();
    private final List<ResolvedModule> extended = new ArrayList<>();
    private final Set<Symbol> reported = Collections.newSetFromMap(new IdentityHashMap<>());

    ModuleAnalyzer(AnalysisContext ctx, Modules modules) {
        this.ctx = ctx;
        this.exprs = new ExprAnalyzer(ctx);
        this.modules = modules;
        exprs.setUnitHandler(this::nestedUnit);
    }

    /** {@code outer} is the enclosing module's scope for a submodule, null for a top-level module. */
    ResolvedModule analyze(Module m, Scope outer) {
        Scope scope = new Scope(outer, new LinkedHashMap<>());
        for (Unit u : m.units()) {
            Parts.Name n = u instanceof Unit.OpDef d ? d.name() : u instanceof Unit.FnDef f ? f.name()
                    : u instanceof Unit.ModuleDef md ? md.name() : null;
            if (n != null) {
                ctx.topLevelLines.putIfAbsent(n.text(), n.range().line());
            }
        }
        for (Parts.Name e : m.extendsList()) {
            ResolvedModule r = resolveModule(e.text(), e);
            if (r != null) {
                extended.add(r);
                for (Map.Entry<String, Symbol> x : r.exports().entrySet()) {
                    importSymbol(scope, x.getKey(), x.getValue(), e.range(), true);
                }
            }
        }
        for (Unit u : m.units()) {
            topUnit(u, scope);
        }
        Map<String, Symbol> context = new LinkedHashMap<>(scope.own());
        return new ResolvedModule(m.name(), m, ctx.library, List.copyOf(declarations), List.copyOf(extended),
                context, exports, List.copyOf(assumptions), List.copyOf(theorems), ctx.resolutions, ctx.levels,
                submodules, new Diagnostics(ctx.diagnostics));
    }

    private ResolvedModule resolveModule(String name, Parts.Name site) {
        ResolvedModule local = submodules.get(name);
        return local != null ? local : modules.resolve(name, site, ctx);
    }

    private void topUnit(Unit u, Scope scope) {
        if (u instanceof Unit.Constants c) {
            for (Parts.OpDecl d : c.decls()) {
                Symbol.ConstantDecl sym = new Symbol.ConstantDecl(declName(d), d.arity(), d, ctx.module);
                define(scope, sym.name(), sym, d.range(), false);
            }
        } else if (u instanceof Unit.Variables v) {
            for (Parts.Name n : v.names()) {
                define(scope, n.text(), new Symbol.VariableDecl(n.text(), n, ctx.module), n.range(), false);
            }
        } else if (u instanceof Unit.Assume a) {
            assumptions.add(a);
            int l = exprs.expr(a.body(), scope);
            if (a.name() != null) {
                define(scope, a.name().text(), new Symbol.TheoremDef(a.name().text(), a, a.body(), ctx.module, l),
                        a.range(), false);
            }
        } else if (u instanceof Unit.Theorem t) {
            theorem(t, scope);
        } else if (u instanceof Unit.Submodule sm) {
            AnalysisContext inner = new AnalysisContext(sm.module().name(), ctx.library, String.join("\n",
                    ctx.lines), ctx.hints);
            ResolvedModule r = new ModuleAnalyzer(inner, (n, site, c) -> {
                ResolvedModule sib = submodules.get(n);
                return sib != null ? sib : modules.resolve(n, site, c);
            }).analyze(sm.module(), scope);
            ctx.diagnostics.addAll(inner.diagnostics);
            submodules.put(sm.module().name(), r);
        } else if (u instanceof Unit.UseHide uh) {
            useHide(uh, scope);
        } else {
            nestedUnit(u, scope, false);
        }
    }

    private void theorem(Unit.Theorem t, Scope scope) {
        theorems.add(t);
        Scope inner = scope.child();
        int l;
        if (t.statement() instanceof specula.tla.syntax.ast.Exprs.AssumeProve ap) {
            l = exprs.assumeProve(ap, inner, scope);
        } else {
            l = exprs.expr(t.statement(), inner);
        }
        if (t.name() != null) {
            define(scope, t.name().text(), new Symbol.TheoremDef(t.name().text(), t, t.statement(), ctx.module, l),
                    t.range(), false);
        }
        if (t.proof() != null) {
            proof(t.proof(), inner);
        }
    }

    /** Definitions allowed at module level, in LET and in proofs. */
    private void nestedUnit(Unit u, Scope scope, boolean nested) {
        if (u instanceof Unit.OpDef d) {
            opDef(d, scope, nested);
        } else if (u instanceof Unit.FnDef f) {
            fnDef(f, scope, nested);
        } else if (u instanceof Unit.Recursive r) {
            for (Parts.OpDecl d : r.decls()) {
                List<Integer> arities = new ArrayList<>();
                for (int i = 0; i < d.arity(); i++) {
                    arities.add(0);
                }
                OperatorDef sym = new OperatorDef(declName(d), arities, null, ctx.module, false, ctx.library, true);
                define(scope, sym.name(), sym, d.range(), nested);
                if (!nested) {
                    declarations.add(sym);
                    exports.put(sym.name(), sym);
                }
            }
        } else if (u instanceof Unit.Instance i) {
            instance(null, List.of(), i, i, scope, nested);
        } else if (u instanceof Unit.ModuleDef md) {
            instance(md.name(), md.params(), md.instance(), md, scope, nested);
        } else if (u instanceof Unit.UseHide uh) {
            useHide(uh, scope);
        } else if (u instanceof Unit.NewDecl nd) {
            exprs.newDecl(nd, scope);
        }
    }

    private void opDef(Unit.OpDef d, Scope scope, boolean nested) {
        String name = defName(d.name().text(), d.fixity());
        Scope inner = scope.child();
        List<Integer> arities = new ArrayList<>();
        List<Symbol.Parameter> params = new ArrayList<>();
        for (Parts.Param p : d.params()) {
            arities.add(p.arity());
            Symbol.Parameter ps = new Symbol.Parameter(p.name().text(), p.arity(), p);
            params.add(ps);
            exprs.bind(inner, p.name(), ps);
        }
        Symbol prev = scope.own().get(name);
        boolean pending = prev instanceof OperatorDef od && od.recursive() && od.def() == null;
        if (pending && prev.arity() != arities.size() && !ctx.library) {
            ctx.error(d.range(), "RECURSIVE_ARITY_MISMATCH", "Definition of " + name
                    + " has different arity than its RECURSIVE declaration.");
        }
        OperatorDef sym = pending ? (OperatorDef) prev
                : new OperatorDef(name, arities, d, ctx.module, d.local(), ctx.library, false);
        if (pending) {
            if (d.local()) {
                exports.remove(name);
            }
            sym.define(d, arities);
        }
        ParameterFlow.BodyState saved = exprs.beginBody(params);
        int level = exprs.expr(d.body(), inner);
        sym.setMaxArgumentLevels(exprs.parameterMaxima(params));
        sym.setLevelParameters(exprs.endBody(saved, params));
        sym.setLevel(level);
        if (pending) {
            return;
        }
        define(scope, name, sym, d.range(), nested);
        if (!nested) {
            declarations.add(sym);
            if (!d.local()) {
                exports.put(name, sym);
            }
        }
    }

    private void fnDef(Unit.FnDef f, Scope scope, boolean nested) {
        String name = f.name().text();
        OperatorDef sym = new OperatorDef(name, List.of(), f, ctx.module, f.local(), ctx.library, false);
        // The function's own name is visible in its body (recursive functions).
        Scope self = scope.child();
        self.put(name, sym);
        Scope inner = self.child();
        int level = exprs.bounds(f.bounds(), f, self, inner, Level.CONSTANT);
        level = Math.max(level, exprs.expr(f.body(), inner));
        sym.setLevel(level);
        define(scope, name, sym, f.range(), nested);
        if (!nested) {
            declarations.add(sym);
            if (!f.local()) {
                exports.put(name, sym);
            }
        }
    }

    private void instance(Parts.Name name, List<Parts.Param> params, Unit.Instance inst, Unit unit, Scope scope,
                          boolean nested) {
        ResolvedModule target = resolveModule(inst.module().text(), inst.module());
        if (target == null) {
            return;
        }
        boolean local = unit instanceof Unit.ModuleDef md ? md.local() : inst.local();
        InstanceDef sym = new InstanceDef(name == null ? null : name.text(), params, unit, target, ctx.module, local);
        Scope inner = scope.child();
        for (Parts.Param p : params) {
            exprs.bind(inner, p.name(), new Symbol.Parameter(p.name().text(), p.arity(), p));
        }
        Map<String, Parts.Substitution> explicit = new HashMap<>();
        for (Parts.Substitution s : inst.substitutions()) {
            explicit.put(memberName(s.name().text()), s);
        }
        List<InstanceDef.Substitution> subs = new ArrayList<>();
        int level = 0;
        for (Symbol declared : target.parameters()) {
            Parts.Substitution s = explicit.remove(declared.name());
            if (s != null) {
                int l = s.value() instanceof specula.tla.syntax.ast.Exprs.OpArg || declared.arity() > 0
                        ? operatorValue(s.value(), inner) : exprs.expr(s.value(), inner);
                level = Math.max(level, l);
                subs.add(new InstanceDef.Substitution(declared, s.value(), null));
                continue;
            }
            Symbol same = exprs.lookup(declared.name(), inner);
            if (same == null) {
                Range d = declared instanceof Symbol.ConstantDecl c ? c.decl().range()
                        : ((Symbol.VariableDecl) declared).decl().range();
                ctx.error(unit.range(), "INSTANCE_SUBSTITUTION_MISSING_SYMBOL", "Substitution missing for symbol "
                        + declared.name() + " declared at line " + d.line() + ", col " + d.column() + " to line "
                        + d.endLine() + ", col " + d.endColumn() + " of module " + target.name()
                        + "\nand instantiated in module " + ctx.module + ".");
                continue;
            }
            level = Math.max(level, same.level());
            subs.add(new InstanceDef.Substitution(declared, null, same));
        }
        for (Parts.Substitution s : explicit.values()) {
            ctx.error(s.range(), "INSTANCE_SUBSTITUTION_SYMBOL_NOT_DECLARED", "The symbol " + s.name().text()
                    + " is not a constant or variable declared in module " + target.name() + ".");
        }
        sym.setSubstitutions(subs, level);
        if (!nested) {
            declarations.add(sym);
        }
        if (name != null) {
            define(scope, name.text(), sym, unit.range(), nested);
            if (!nested && !local) {
                exports.put(name.text(), sym);
            }
            return;
        }
        for (Map.Entry<String, Symbol> e : target.exports().entrySet()) {
            Symbol t = e.getValue();
            if (t instanceof Symbol.ConstantDecl || t instanceof Symbol.VariableDecl) {
                continue;
            }
            Symbol imported = new Symbol.Imported(t, sym);
            importSymbol(scope, e.getKey(), imported, unit.range(), !local && !nested);
        }
    }

    /** A substitution for a declared operator constant: an operator name, symbol or LAMBDA. */
    private int operatorValue(Expr value, Scope s) {
        if (value instanceof specula.tla.syntax.ast.Exprs.Ident id) {
            Symbol sym = exprs.lookup(id.name(), s);
            if (sym == null) {
                exprs.undefined(id.range(), id.name(), s);
                return 0;
            }
            ctx.resolutions.put(id, sym);
            return sym.level();
        }
        if (value instanceof specula.tla.syntax.ast.Exprs.Lambda l) {
            Scope inner = s.child();
            for (Parts.Name p : l.params()) {
                exprs.bind(inner, p, new Symbol.Parameter(p.text(), 0, p));
            }
            return exprs.expr(l.body(), inner);
        }
        exprs.fact(value, s);
        return 0;
    }

    private void useHide(Unit.UseHide uh, Scope scope) {
        for (Expr f : uh.facts()) {
            exprs.fact(f, scope);
        }
        for (Expr d : uh.defs()) {
            exprs.fact(d, scope);
        }
    }

    // ------------------------------------------------------------------ proofs

    private void proof(Proof p, Scope scope) {
        exprs.enterProof();
        try {
            proofBody(p, scope);
        } finally {
            exprs.exitProof();
        }
    }

    private void proofBody(Proof p, Scope scope) {
        if (p instanceof Proof.Terminal t) {
            for (Expr f : t.facts()) {
                exprs.fact(f, scope);
            }
            for (Expr d : t.defs()) {
                exprs.fact(d, scope);
            }
            return;
        }
        Scope cur = scope.child();
        for (ProofStep step : ((Proof.Steps) p).steps()) {
            cur = step(step, cur);
        }
    }

    /** Analyses a step; returns the scope of the following steps (with what PICK, TAKE, SUFFICES, DEFINE add). */
    private Scope step(ProofStep step, Scope cur) {
        StepBody b = step.body();
        Scope forProof = cur;
        Scope next = cur;
        if (b instanceof StepBody.Assert a) {
            forProof = statement(a.statement(), cur, false);
        } else if (b instanceof StepBody.Suffices sf) {
            next = cur.child();
            forProof = statement(sf.statement(), next, true);
        } else if (b instanceof StepBody.CaseStep c) {
            exprs.expr(c.condition(), cur);
        } else if (b instanceof StepBody.Pick pk) {
            // PICK's names are visible in its condition and later steps; its proof is about their existence.
            next = cur.child();
            exprs.bounds(pk.bounds(), pk, cur, next, Level.CONSTANT);
            exprs.expr(pk.condition(), next);
        } else if (b instanceof StepBody.Have h) {
            exprs.expr(h.condition(), cur);
        } else if (b instanceof StepBody.Take tk) {
            next = cur.child();
            exprs.bounds(tk.bounds(), tk, cur, next, Level.CONSTANT);
        } else if (b instanceof StepBody.Witness w) {
            exprs.list(w.witnesses(), cur);
        } else if (b instanceof StepBody.Units us) {
            next = cur.child();
            for (Unit u : us.units()) {
                nestedUnit(u, next, true);
            }
        }
        if (step.proof() != null) {
            proof(step.proof(), forProof);
        }
        return next;
    }

    /**
     * An asserted statement: ASSUME/PROVE declarations are visible in the step's proof, and for SUFFICES also in
     * the following steps.
     */
    private Scope statement(Expr stmt, Scope cur, boolean suffices) {
        if (stmt instanceof specula.tla.syntax.ast.Exprs.AssumeProve ap) {
            Scope target = suffices ? cur : cur.child();
            exprs.assumeProve(ap, target, cur);
            return target;
        }
        exprs.expr(stmt, cur);
        return cur;
    }

    // ------------------------------------------------------------------ names

    private static String declName(Parts.OpDecl d) {
        return defName(d.name().text(), d.fixity());
    }

    static String defName(String text, Parts.Fixity fixity) {
        if (fixity == Parts.Fixity.PREFIX && (text.equals("-") || text.equals("-."))) {
            return "-.";
        }
        if (fixity == Parts.Fixity.INFIX) {
            return Operators.canonical(text);
        }
        return text;
    }

    private static String memberName(String text) {
        return Operators.infix(text) != null ? Operators.canonical(text) : text;
    }

    /**
     * A definition or declaration of this module, or of a LET or proof. Definitions follow SANY's Generator: any
     * visible symbol of the same name makes it "already defined or declared" (duplicate INSTANCE definitions
     * excepted, SANY accepts them). Declarations follow its symbol table ({@link #clash}).
     */
    private void define(Scope scope, String name, Symbol sym, Range range, boolean nested) {
        Symbol prev = scope.lookup(name);
        if (prev != null && prev != sym && !ctx.library) {
            if (sym instanceof Symbol.ConstantDecl || sym instanceof Symbol.VariableDecl) {
                clash(name, prev, sym, range, true);
            } else if (!(prev instanceof InstanceDef && sym instanceof InstanceDef)) {
                SemanticDiagnostic d = SemanticDiagnostic.error(range, "SYMBOL_REDEFINED",
                        sym instanceof OperatorDef od && od.isFunction()
                                ? "Function name `" + name + "' already defined or declared."
                                : "Operator " + name + " already defined or declared.");
                Symbol first = unwrap(prev);
                if (first instanceof OperatorDef pd && pd.library()) {
                    d = d.withHint("'" + name + "' already comes from the standard module " + pd.module()
                            + ": use that one or rename yours.");
                }
                ctx.error(d);
            }
        } else if (prev == null && CoreOperators.get(name) != null && !ctx.library) {
            ctx.error(range, "BUILT_IN_SYMBOL_REDEFINED", "Symbol " + name
                    + " is a built-in operator, and cannot be redefined.");
        }
        scope.put(name, sym);
        if (!nested && (sym instanceof Symbol.ConstantDecl || sym instanceof Symbol.VariableDecl
                || sym instanceof Symbol.TheoremDef)) {
            declarations.add(sym);
            exports.put(name, sym);
        }
    }

    /**
     * SANY's symbol table: a clash between symbols of different kinds or arities is an error; of the same kind and
     * arity from different modules a warning (the first stays); the same definition reached twice is no clash.
     */
    private void clash(String name, Symbol prev, Symbol sym, Range site, boolean sameModuleIsError) {
        Symbol a = unwrap(prev);
        Symbol b = unwrap(sym);
        if (a == b) {
            return;
        }
        if (kind(a) != kind(b) || a.arity() != b.arity()) {
            ctx.error(site, "SYMBOL_REDEFINED", SymbolLocations.multiplyDefined(name, prev));
        } else if (sameModuleIsError && ctx.module.equals(moduleOf(a))) {
            ctx.error(site, "SYMBOL_REDEFINED", SymbolLocations.multiplyDefined(name, prev));
        } else {
            ctx.warning(site, "MULTIPLE_DECLARATIONS", "Multiple declarations or definitions for symbol " + name
                    + ".  \nThis duplicates the one at " + SymbolLocations.describe(prev) + ".");
        }
    }

    private static Class<?> kind(Symbol s) {
        return s.getClass();
    }

    private static String moduleOf(Symbol s) {
        if (s instanceof Symbol.ConstantDecl c) {
            return c.module();
        } else if (s instanceof Symbol.VariableDecl v) {
            return v.module();
        } else if (s instanceof OperatorDef d) {
            return d.module();
        }
        return null;
    }

    /** Names brought in by EXTENDS or an unnamed INSTANCE, merged by SANY's symbol-table rules. */
    private void importSymbol(Scope scope, String name, Symbol sym, Range site, boolean export) {
        Symbol prev = scope.lookup(name);
        if (prev == null) {
            scope.put(name, sym);
        } else if (!ctx.library && reported.add(unwrap(sym))) {
            // The same losing symbol reached again through another import is not reported twice.
            clash(name, prev, sym, site, false);
        }
        if (export) {
            exports.putIfAbsent(name, scope.lookup(name));
        }
    }

    private static Symbol unwrap(Symbol s) {
        while (s instanceof Symbol.Imported i) {
            s = i.target();
        }
        return s;
    }

}

package specula.tla.semantic;

import specula.tla.syntax.Operators;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the names of expressions, checks arities and computes levels in one walk; {@link #expr} returns the
 * level. Messages follow SANY's wording and report ranges the way SANY does (whole application for arity and level
 * errors, the name for unknown identifiers, the symbol for undefined operator symbols).
 */
final class ExprAnalyzer {
    /** Handles the units that need the module system (INSTANCE inside LET or proofs). */
    interface UnitHandler {
        void unit(Unit u, Scope scope, boolean inLet);
    }

    private final AnalysisContext ctx;
    private UnitHandler units;
    private int exceptDepth;
    /** Inside a proof, {@code @} stands for the right side of the previous step (SANY accepts it). */
    private int proofDepth;
    /** Which parameters of the bodies being analysed reach a level, and the argument maxima they meet. */
    private final ParameterFlow params = new ParameterFlow();

    /** Analyses {@code e} in an argument position that allows at most level {@code max}. */
    int exprAtMost(Expr e, Scope s, int max) {
        return exprAtMost(e, s, max, true);
    }

    /**
     * {@code weighted} is SANY's argument weight: where the argument's level does not reach the result (under a
     * prime, ENABLED, [], ...), the enclosing limits do not apply inside it, only this position's own.
     */
    int exprAtMost(Expr e, Scope s, int max, boolean weighted) {
        int saved = params.narrow(max, weighted);
        try {
            return expr(e, s);
        } finally {
            params.restoreContext(saved);
        }
    }

    /** Starts analysing an operator body whose parameters are {@code params}. */
    ParameterFlow.BodyState beginBody(List<? extends Symbol> bodyParams) {
        return params.beginBody(bodyParams);
    }

    /** The highest argument level each parameter of the body just ended allows. */
    int[] parameterMaxima(List<? extends Symbol> bodyParams) {
        return params.parameterMaxima(bodyParams);
    }

    /** Ends a body: returns the mask of its parameters whose argument levels reach the result (bit i, param i). */
    long endBody(ParameterFlow.BodyState saved, List<? extends Symbol> bodyParams) {
        return params.endBody(saved, bodyParams);
    }

    private void flows(Symbol sym) {
        params.used(sym);
    }

    private final BuiltinLevels levels;

    ExprAnalyzer(AnalysisContext ctx) {
        this.ctx = ctx;
        this.levels = new BuiltinLevels(ctx, this);
    }

    /** ENABLED hides its argument's parameters from the level parameters: save and restore around it. */
    long saveFlow() {
        return params.saveFlow();
    }

    void restoreFlow(long saved) {
        params.restoreFlow(saved);
    }

    void enterProof() {
        proofDepth++;
    }

    void exitProof() {
        proofDepth--;
    }

    void setUnitHandler(UnitHandler h) {
        this.units = h;
    }

    int expr(Expr e, Scope s) {
        int l = visit(e, s);
        ctx.levels.put(e, l);
        return l;
    }

    private int visit(Expr e, Scope s) {
        if (e instanceof Exprs.Ident id) {
            return ident(id, s);
        } else if (e instanceof Exprs.Apply a) {
            return apply(a, s);
        } else if (e instanceof Exprs.Qualified q) {
            return qualified(q, s, false);
        } else if (e instanceof Exprs.OpApp o) {
            return opApp(o, s);
        } else if (e instanceof Exprs.OpArg o) {
            return opArg(o, s, -1, null, 0);
        } else if (e instanceof Exprs.At at) {
            if (exceptDepth == 0 && proofDepth == 0) {
                ctx.error(at.range(), "AT_OUTSIDE_EXCEPT", "@ used where its meaning is not defined.");
            }
            return Level.CONSTANT;
        } else if (e instanceof Exprs.Paren p) {
            return expr(p.inner(), s);
        } else if (e instanceof Exprs.If i) {
            return max(expr(i.cond(), s), expr(i.then(), s), expr(i.otherwise(), s));
        } else if (e instanceof Exprs.Case c) {
            int l = 0;
            for (Parts.CaseArm a : c.arms()) {
                l = max(l, expr(a.guard(), s), expr(a.body(), s));
            }
            return c.other() == null ? l : Math.max(l, expr(c.other(), s));
        } else if (e instanceof Exprs.Let let) {
            Scope inner = s.child();
            for (Unit u : let.defs()) {
                units.unit(u, inner, true);
            }
            return expr(let.body(), inner);
        } else if (e instanceof Exprs.Quant q) {
            return quant(q, s);
        } else if (e instanceof Exprs.Choose c) {
            Scope inner = s.child();
            int l = bounds(List.of(c.bound()), c, s, inner, Level.CONSTANT);
            String op = c.bound().set() == null ? "$UnboundedChoose" : "$BoundedChoose";
            return Math.max(l, levels.capped(c.range(), op, c.body(), 1, Level.ACTION, inner));
        } else if (e instanceof Exprs.SetEnum se) {
            return levels.capped(se.range(), "$SetEnumerate", se.elements(), 1, Level.ACTION, s);
        } else if (e instanceof Exprs.Tuple t) {
            return levels.capped(t.range(), "$Tuple", t.elements(), 1, Level.ACTION, s);
        } else if (e instanceof Exprs.SetFilter f) {
            Scope inner = s.child();
            int l = bounds(List.of(f.bound()), f, s, inner, Level.CONSTANT);
            return Math.max(l, levels.capped(f.range(), "$SubsetOf", f.predicate(), 1, Level.ACTION, inner));
        } else if (e instanceof Exprs.SetMap m) {
            Scope inner = s.child();
            int l = bounds(m.bounds(), m, s, inner, Level.CONSTANT);
            return Math.max(l, levels.capped(m.range(), "$SetOfAll", m.element(), 1, Level.ACTION, inner));
        } else if (e instanceof Exprs.FnCtor f) {
            Scope inner = s.child();
            int l = bounds(f.bounds(), f, s, inner, Level.CONSTANT);
            return Math.max(l, expr(f.body(), inner));
        } else if (e instanceof Exprs.FnSet f) {
            return levels.capped(f.range(), "$SetOfFcns", List.of(f.domain(), f.codomain()), 1, Level.ACTION, s);
        } else if (e instanceof Exprs.RecordCtor r) {
            return fields(r.fields(), s);
        } else if (e instanceof Exprs.RecordSet r) {
            return levels.capped(r.range(), "$SetOfRcds", r.fields().stream().map(Parts.Field::value).toList(), 1,
                    Level.ACTION, s);
        } else if (e instanceof Exprs.Except x) {
            return except(x, s);
        } else if (e instanceof Exprs.FnApply f) {
            int l = levels.capped(f.range(), "$FcnApply", f.function(), 1, Level.ACTION, s);
            return Math.max(l, levels.capped(f.range(), "$FcnApply", f.args(), 2, Level.ACTION, s));
        } else if (e instanceof Exprs.FieldAccess f) {
            return levels.capped(f.range(), "$RcdSelect", f.record(), 1, Level.ACTION, s);
        } else if (e instanceof Exprs.ActionSub a) {
            String op = a.angle() ? "$AngleAct" : "$SquareAct";
            levels.unweighted(a.range(), op, a.action(), 1, Level.ACTION, s);
            levels.unweighted(a.range(), op, a.subscript(), 2, Level.STATE, s);
            return Level.ACTION;
        } else if (e instanceof Exprs.Fairness f) {
            String op = f.kind().startsWith("WF") ? "$WF" : "$SF";
            levels.unweighted(f.range(), op, f.subscript(), 1, Level.STATE, s);
            levels.unweighted(f.range(), op, f.action(), 2, Level.ACTION, s);
            return Level.TEMPORAL;
        } else if (e instanceof Exprs.Junction j) {
            return levels.logical(j.isConjunction() ? "/\\" : "\\/", j.items(), j.range(), s);
        } else if (e instanceof Exprs.Lambda l) {
            return lambda(l, s, -1);
        } else if (e instanceof Exprs.Label lab) {
            return expr(lab.body(), s);
        } else if (e instanceof Exprs.AssumeProve ap) {
            return assumeProve(ap, s.child(), s);
        }
        // literals, step references, error placeholders
        return Level.CONSTANT;
    }

    // ------------------------------------------------------------------ names

    private int ident(Exprs.Ident id, Scope s) {
        Symbol sym = lookup(id.name(), s);
        if (sym == null) {
            undefined(id.range(), id.name(), s);
            return Level.CONSTANT;
        }
        ctx.resolutions.put(id, sym);
        flows(sym);
        if (sym.arity() > 0) {
            arityError(id.range(), id.name(), sym.arity());
        }
        return sym.level();
    }

    /** Lookup in the scope chain, then TLA+'s own constants (TRUE, BOOLEAN, ...). */
    Symbol lookup(String name, Scope s) {
        Symbol sym = s.lookup(name);
        return sym != null ? sym : CoreOperators.get(name);
    }

    void undefined(Range r, String name, Scope s) {
        SemanticDiagnostic d = SemanticDiagnostic.error(r, "SYMBOL_UNDEFINED", "Unknown operator: `" + name + "'.");
        Integer later = ctx.topLevelLines.get(name);
        String hint = later != null && later > r.line()
                ? "'" + name + "' is defined later, at line " + later + ": TLA+ needs a definition before its use;"
                + " move it up (or declare it RECURSIVE)."
                : ctx.hints.unknownName(name, s);
        ctx.error(hint == null ? d : d.withHint(hint));
    }

    private void arityError(Range r, String name, int arity) {
        ctx.error(r, "OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS",
                "The operator " + name + " requires " + arity + " arguments.");
    }

    private int apply(Exprs.Apply a, Scope s) {
        if (a.name().equals("MODULE")) { // "MODULE M" as a proof fact
            return Level.CONSTANT;
        }
        Symbol sym = lookup(a.name(), s);
        if (sym == null) {
            undefined(AnalysisContext.startOf(a.range(), a.name().length()), a.name(), s);
            return list(a.args(), s);
        }
        ctx.resolutions.put(a, sym);
        flows(sym);
        if (sym.arity() != a.args().size() && !(sym instanceof Symbol.Builtin b && b.arity() < 0)) {
            arityError(ctx.argumentsRange(a.range(), a.name().length(), a.range()), a.name(), sym.arity());
            return Math.max(sym.level(), list(a.args(), s));
        }
        int[] levels = args(a.args(), OperatorDef.parameterAritiesOf(sym), a.name(), s, OperatorDef.of(sym));
        checkMaxima(a.range(), a.name(), sym, levels);
        return OperatorDef.appliedLevel(sym, levels);
    }

    /** SANY's level constraints of a defined operator's parameters (a parameter primed in the body, say). */
    private void checkMaxima(Range r, String name, Symbol sym, int[] levels) {
        OperatorDef def = OperatorDef.of(sym);
        if (def == null) {
            return;
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] > def.maxArgumentLevel(i)) {
                ctx.error(r, "OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", "Level error in applying operator " + name
                        + ":\nThe level of argument " + (i + 1)
                        + " exceeds the maximum level allowed by the operator.");
                return;
            }
        }
    }

    /** The level of an application: the operator's own, raised by the arguments of its level parameters. */
    private static int maxOf(int[] levels) {
        int l = 0;
        for (int x : levels) {
            l = Math.max(l, x);
        }
        return l;
    }

    /** Analyses arguments; those in higher-order positions must be operators of the expected arity. */
    private int[] args(List<Expr> args, List<Integer> arities, String callee, Scope s) {
        return args(args, arities, callee, s, null);
    }

    private int[] args(List<Expr> args, List<Integer> arities, String callee, Scope s, OperatorDef def) {
        int[] levels = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            int k = arities == null || i >= arities.size() ? 0 : arities.get(i);
            Expr arg = args.get(i);
            int max = def == null ? Level.TEMPORAL : def.maxArgumentLevel(i);
            boolean weighted = def == null || def.levelDependsOn(i);
            levels[i] = k > 0 ? operatorArgument(arg, k, callee, i + 1, s) : exprAtMost(arg, s, max, weighted);
        }
        return levels;
    }

    private int operatorArgument(Expr arg, int k, String callee, int position, Scope s) {
        Expr a = arg instanceof Exprs.Paren p ? p.inner() : arg;
        int level;
        if (a instanceof Exprs.Ident id) {
            Symbol sym = lookup(id.name(), s);
            if (sym == null) {
                undefined(id.range(), id.name(), s);
                return Level.CONSTANT;
            }
            ctx.resolutions.put(id, sym);
            flows(sym);
            if (sym.arity() != k) {
                higherOrderError(arg.range(), callee, position, k);
            }
            level = sym.level();
        } else if (a instanceof Exprs.OpArg o) {
            level = opArg(o, s, k, callee, position);
        } else if (a instanceof Exprs.Lambda l) {
            level = lambda(l, s, k);
        } else if (a instanceof Exprs.Qualified q) {
            level = qualified(q, s, true);
        } else {
            higherOrderError(arg.range(), callee, position, k);
            level = expr(arg, s);
        }
        ctx.levels.put(arg, level);
        return level;
    }

    private void higherOrderError(Range r, String callee, int position, int k) {
        ctx.error(r, "OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS", "Argument number " + position
                + " to operator '" + callee + "' should be a " + k + "-parameter operator.");
    }

    private int opArg(Exprs.OpArg o, Scope s, int expected, String callee, int position) {
        Symbol sym = CoreOperators.get(o.canonical());
        if (sym == null) {
            sym = s.lookup(o.canonical());
        }
        if (sym == null) {
            ctx.error(o.range(), "SUSPECTED_UNREACHABLE_CHECK",
                    "Could not find declaration or definition of symbol '" + o.canonical() + "'.");
            return Level.CONSTANT;
        }
        ctx.resolutions.put(o, sym);
        if (expected >= 0 && sym.arity() != expected && sym.arity() >= 0) {
            higherOrderError(o.range(), callee, position, expected);
        }
        return sym.level();
    }

    private int lambda(Exprs.Lambda l, Scope s, int expected) {
        Scope inner = s.child();
        for (Parts.Name p : l.params()) {
            bind(inner, p, new Symbol.Parameter(p.text(), 0, p));
        }
        if (expected >= 0 && l.params().size() != expected) {
            ctx.error(l.range(), "OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS",
                    "LAMBDA expression has " + l.params().size() + " parameters where an operator with "
                            + expected + " arguments is expected.");
        }
        return expr(l.body(), inner);
    }

    /**
     * {@code I!Op(args)}, {@code I(x)!J!Op}: each segment but the last must be an instance; the last is the member.
     * {@code asOperator} is true where an operator (not a value) is expected, so arity is not checked.
     */
    private int qualified(Exprs.Qualified q, Scope s, boolean asOperator) {
        List<Parts.Segment> segs = q.segments();
        Parts.Segment first = segs.get(0);
        Symbol head = lookup(first.name().text(), s);
        if (head == null) {
            undefined(first.name().range(), first.name().text(), s);
            return listOfSegments(segs, s);
        }
        if (head instanceof Symbol.Imported imp && imp.target() instanceof InstanceDef) {
            head = imp.target();
        }
        if (!(head instanceof InstanceDef)) {
            // A subexpression name such as Def!1 or a proof-step selector: resolve the arguments only.
            ctx.resolutions.put(q, head);
            return Math.max(head.level(), listOfSegments(segs, s));
        }
        List<InstanceDef> path = new ArrayList<>();
        int level = 0;
        Symbol current = head;
        for (int i = 0; i < segs.size(); i++) {
            Parts.Segment seg = segs.get(i);
            if (i > 0) {
                InstanceDef inst = path.get(path.size() - 1);
                Symbol member = inst.target().exports().get(memberName(seg.name().text()));
                if (member == null) {
                    undefined(seg.name().range(), qualifiedName(segs, i), s);
                    return Math.max(level, listOfSegments(segs.subList(i, segs.size()), s));
                }
                current = member;
            }
            boolean last = i == segs.size() - 1;
            if (!last && !(current instanceof InstanceDef)) {
                // Selecting into a definition (Op!1): accepted without further checks.
                ctx.resolutions.put(q, new Symbol.InstanceMember(List.copyOf(path), current));
                return Math.max(level, listOfSegments(segs.subList(i, segs.size()), s));
            }
            if (current.arity() != seg.args().size() && !(last && asOperator && seg.args().isEmpty())) {
                Range where = seg.args().isEmpty() ? q.range()
                        : ctx.argumentsRange(seg.name().range(), seg.name().text().length(), seg.range());
                arityError(where, qualifiedName(segs, i), current.arity());
            }
            level = Math.max(level, maxOf(args(seg.args(), OperatorDef.parameterAritiesOf(current), seg.name().text(), s)));
            if (current instanceof InstanceDef inst) {
                path.add(inst);
                level = Math.max(level, inst.level());
            }
        }
        Symbol resolved = new Symbol.InstanceMember(List.copyOf(path), current);
        ctx.resolutions.put(q, resolved);
        return Math.max(level, current.level());
    }

    private static String memberName(String text) {
        return Operators.infix(text) != null ? Operators.canonical(text) : text;
    }

    private static String qualifiedName(List<Parts.Segment> segs, int upTo) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= upTo; i++) {
            if (i > 0) {
                b.append('!');
            }
            b.append(segs.get(i).name().text());
        }
        return b.toString();
    }

    private int listOfSegments(List<Parts.Segment> segs, Scope s) {
        int l = 0;
        for (Parts.Segment seg : segs) {
            l = Math.max(l, list(seg.args(), s));
        }
        return l;
    }

    // ------------------------------------------------------------------ operators

    private int opApp(Exprs.OpApp o, Scope s) {
        String name = o.canonical();
        Symbol sym = CoreOperators.get(name);
        if (sym == null) {
            sym = s.lookup(name);
        }
        if (sym == null) {
            Range at = o.fixity() == Parts.Fixity.INFIX && o.args().size() == 2
                    ? ctx.infixSymbol(o.args().get(0).range(), o.args().get(1).range(), o.spelling(), o.range())
                    : o.fixity() == Parts.Fixity.POSTFIX
                    ? new Range(o.range().file(), o.range().endLine(), o.range().endColumn() - o.spelling().length()
                    + 1, o.range().endLine(), o.range().endColumn())
                    : AnalysisContext.startOf(o.range(), o.spelling().length());
            SemanticDiagnostic d = SemanticDiagnostic.error(at, "SUSPECTED_UNREACHABLE_CHECK",
                    "Could not find declaration or definition of symbol '" + name + "'.");
            String hint = ctx.hints.unknownSymbol(name);
            ctx.error(hint == null ? d : d.withHint(hint));
            return list(o.args(), s);
        }
        ctx.resolutions.put(o, sym);
        if (!(sym instanceof Symbol.Builtin)) {
            flows(sym);
            OperatorDef def = OperatorDef.of(sym);
            int[] levels = new int[o.args().size()];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = exprAtMost(o.args().get(i), s, def == null ? Level.TEMPORAL : def.maxArgumentLevel(i),
                        def == null || def.levelDependsOn(i));
            }
            checkMaxima(o.range(), name, sym, levels);
            return OperatorDef.appliedLevel(sym, levels);
        }
        if (CoreOperators.LOGICAL.contains(name)) {
            return levels.logical(name, o.args(), o.range(), s);
        }
        return levels.apply(o, name, s);
    }

    // ------------------------------------------------------------------ binders

    private int quant(Exprs.Quant q, Scope s) {
        boolean temporal = q.kind().equals("\\AA") || q.kind().equals("\\EE");
        Scope inner = s.child();
        int l = bounds(q.bounds(), q, s, inner, temporal ? Level.STATE : Level.CONSTANT);
        int body = temporal ? exprAtMost(q.body(), inner, Level.TEMPORAL, false) : expr(q.body(), inner);
        return temporal ? Level.TEMPORAL : Math.max(l, body);
    }

    /** Binds the names of {@code bounds} in {@code inner}; sets are analysed before their names are bound. */
    int bounds(List<Parts.Bound> bounds, Node binder, Scope outer, Scope inner, int varLevel) {
        int l = 0;
        for (Parts.Bound b : bounds) {
            if (b.set() != null) {
                l = Math.max(l, expr(b.set(), inner));
            }
            for (Parts.Name n : b.names()) {
                bind(inner, n, new Symbol.BoundVariable(n.text(), n, binder, varLevel, 0));
            }
        }
        return l;
    }

    /**
     * Binds a name in a nested scope. SANY rejects a bound name that is already visible (a definition, declaration
     * or enclosing bound variable).
     */
    void bind(Scope scope, Parts.Name n, Symbol sym) {
        Symbol prev = scope.lookup(n.text());
        if (prev != null && !ctx.library) {
            ctx.error(n.range(), "SYMBOL_REDEFINED", SymbolLocations.multiplyDefined(n.text(), prev));
        }
        scope.put(n.text(), sym);
    }

    // ------------------------------------------------------------------ the rest

    private int except(Exprs.Except x, Scope s) {
        int l = levels.capped(x.range(), "$Except", x.function(), 1, Level.ACTION, s);
        for (Parts.ExceptClause c : x.clauses()) {
            for (Parts.PathElem p : c.path()) {
                if (p instanceof Parts.IndexPath ip) {
                    l = Math.max(l, list(ip.indices(), s));
                }
            }
            exceptDepth++;
            try {
                l = Math.max(l, expr(c.value(), s));
            } finally {
                exceptDepth--;
            }
        }
        return l;
    }

    private int fields(List<Parts.Field> fields, Scope s) {
        int l = 0;
        for (Parts.Field f : fields) {
            l = Math.max(l, expr(f.value(), s));
        }
        return l;
    }

    int list(List<Expr> es, Scope s) {
        int l = 0;
        for (Expr e : es) {
            l = Math.max(l, expr(e, s));
        }
        return l;
    }

    /** ASSUME ... PROVE: NEW declarations and definitions are bound in {@code inner}, visible to the goal. */
    int assumeProve(Exprs.AssumeProve ap, Scope inner, Scope outer) {
        int l = 0;
        for (Node n : ap.assumptions()) {
            if (n instanceof Unit.NewDecl nd) {
                newDecl(nd, inner);
            } else if (n instanceof Expr e) {
                l = Math.max(l, expr(e, inner));
            } else if (n instanceof Unit u) {
                units.unit(u, inner, true);
            }
        }
        return Math.max(l, expr(ap.goal(), inner));
    }

    void newDecl(Unit.NewDecl nd, Scope scope) {
        if (nd.set() != null) {
            expr(nd.set(), scope);
        }
        int level = switch (nd.kind()) {
            case "VARIABLE", "STATE" -> Level.STATE;
            case "ACTION" -> Level.ACTION;
            case "TEMPORAL" -> Level.TEMPORAL;
            default -> Level.CONSTANT;
        };
        Parts.Name n = nd.decl().name();
        bind(scope, n, new Symbol.BoundVariable(n.text(), n, nd, level, nd.decl().arity()));
    }

    /** Proof facts and DEF lists: names of operators may appear without their arguments. */
    void fact(Expr e, Scope s) {
        Expr x = BuiltinLevels.unparen(e);
        if (x instanceof Exprs.Ident id) {
            Symbol sym = lookup(id.name(), s);
            if (sym == null) {
                undefined(id.range(), id.name(), s);
            } else {
                ctx.resolutions.put(id, sym);
            }
        } else if (x instanceof Exprs.OpArg o) {
            opArg(o, s, -1, null, 0);
        } else if (x instanceof Exprs.Qualified q) {
            qualified(q, s, true);
        } else if (!(x instanceof Exprs.StepRef)) {
            expr(x, s);
        }
    }

    private static int max(int a, int b, int c) {
        return Math.max(a, Math.max(b, c));
    }
}

package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the transformation needs to know about a module: its state variables in declaration order, its operator
 * definitions, which of them are actions (they mention primed variables or UNCHANGED, directly or through calls),
 * which actions each one calls, and the next-state relation.
 */
final class ModuleModel {
    final Module module;
    final List<String> variables = new ArrayList<>();
    final Map<String, Unit.OpDef> ops = new LinkedHashMap<>();
    final Set<String> actions = new LinkedHashSet<>();
    final Map<String, Set<String>> calls = new LinkedHashMap<>();
    final Set<String> constants = new LinkedHashSet<>();
    final String next;

    ModuleModel(Module module) {
        this.module = module;
        for (Unit u : module.units()) {
            if (u instanceof Unit.Variables v) v.names().forEach(n -> variables.add(n.text()));
            if (u instanceof Unit.Constants c) c.decls().forEach(d -> constants.add(d.name().text()));
            if (u instanceof Unit.OpDef d) ops.put(d.name().text(), d);
        }
        Set<String> temporal = new HashSet<>();
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        Set<String> direct = new HashSet<>();
        for (Unit.OpDef d : ops.values()) {
            Names n = Names.of(d.body(), this);
            uses.put(d.name().text(), n.applied);
            if (!n.primed.isEmpty() || n.unchanged) direct.add(d.name().text());
            if (n.temporal) temporal.add(d.name().text());
        }
        boolean grew = true;
        Set<String> act = new LinkedHashSet<>();
        for (String name : ops.keySet()) if (direct.contains(name) && !temporal.contains(name)) act.add(name);
        while (grew) {
            grew = false;
            for (String name : ops.keySet()) {
                if (act.contains(name) || temporal.contains(name)) continue;
                for (String used : uses.get(name)) {
                    if (act.contains(used)) {
                        act.add(name);
                        grew = true;
                        break;
                    }
                }
            }
        }
        for (String name : ops.keySet()) {
            if (!act.contains(name)) continue;
            actions.add(name);
            Set<String> cs = new LinkedHashSet<>();
            for (String used : uses.get(name)) if (act.contains(used)) cs.add(used);
            calls.put(name, cs);
        }
        next = findNext(temporal);
    }

    private String findNext(Set<String> temporal) {
        if (actions.contains("Next")) return "Next";
        for (String t : temporal) {
            String[] found = {null};
            new ExprRewriter((e, b) -> {
                if (found[0] == null && e instanceof Exprs.ActionSub s) {
                    Expr a = s.action();
                    if (a instanceof Exprs.Ident i && actions.contains(i.name())) found[0] = i.name();
                }
                return null;
            }).apply(ops.get(t).body());
            if (found[0] != null) return found[0];
        }
        return null;
    }

    /**
     * Positions of the parameters an action assigns through ({@code Lose(q) == q' = Tail(q)}): a call assigns
     * the variables passed there.
     */
    Set<Integer> primedParams(String op) {
        return primedParams.computeIfAbsent(op, this::findPrimedParams);
    }

    private final Map<String, Set<Integer>> primedParams = new java.util.HashMap<>();

    private Set<Integer> findPrimedParams(String op) {
        Unit.OpDef d = ops.get(op);
        Set<Integer> out = new LinkedHashSet<>();
        if (d == null) return out;
        List<String> ps = params(op);
        new ExprRewriter((e, bound) -> {
            if (e instanceof Exprs.OpApp o && o.canonical().equals("'") && o.args().get(0) instanceof Exprs.Ident i
                    && !bound.contains(i.name()) && ps.contains(i.name())) {
                out.add(ps.indexOf(i.name()));
            }
            return null;
        }).apply(d.body());
        return out;
    }

    /** A parameter of the action used as an action itself ({@code PostStutter(A, ...) == ... /\ A}), or null. */
    String actionParameter(String op) {
        Unit.OpDef d = ops.get(op);
        for (Parts.Param p : d.params()) {
            if (p.arity() > 0) return p.name().text();
        }
        for (Stmt s : new StmtBuilder(this).build(d.body())) {
            String found = paramStatement(s, params(op));
            if (found != null) return found;
        }
        return null;
    }

    private static String paramStatement(Stmt s, List<String> params) {
        if (s instanceof Stmt.Guard g && g.expr() instanceof Exprs.Ident i && params.contains(i.name())) return i.name();
        if (s instanceof Stmt.Scope sc) {
            for (Stmt x : sc.body()) {
                String f = paramStatement(x, params);
                if (f != null) return f;
            }
        }
        if (s instanceof Stmt.Branch b) {
            for (List<Stmt> body : b.bodies()) {
                for (Stmt x : body) {
                    String f = paramStatement(x, params);
                    if (f != null) return f;
                }
            }
        }
        return null;
    }

    boolean isVariable(String name) {
        return variables.contains(name);
    }

    List<String> params(String op) {
        List<String> out = new ArrayList<>();
        for (Parts.Param p : ops.get(op).params()) out.add(p.name().text());
        return out;
    }

    /** Sorts variable names into declaration order, the order every generated UNCHANGED uses. */
    List<String> ordered(Set<String> vars) {
        List<String> out = new ArrayList<>();
        for (String v : variables) if (vars.contains(v)) out.add(v);
        for (String v : CfaTransformer.AUX) if (vars.contains(v) && !out.contains(v)) out.add(v);
        for (String v : vars) if (!out.contains(v)) out.add(v);
        return out;
    }

    /**
     * The variables an UNCHANGED argument stands for, expanding tuples and zero-parameter definitions such as
     * {@code vars == <<x, y>>}; null when it is anything else.
     */
    List<String> expandVars(Expr e) {
        List<String> out = new ArrayList<>();
        return expandInto(e, out, 0) ? out : null;
    }

    private boolean expandInto(Expr e, List<String> out, int depth) {
        if (depth > 20) return false;
        if (e instanceof Exprs.Paren p) return expandInto(p.inner(), out, depth + 1);
        if (e instanceof Exprs.Tuple t) {
            for (Expr x : t.elements()) if (!expandInto(x, out, depth + 1)) return false;
            return true;
        }
        if (e instanceof Exprs.Ident i) {
            if (isVariable(i.name())) {
                out.add(i.name());
                return true;
            }
            Unit.OpDef d = ops.get(i.name());
            return d != null && d.params().isEmpty() && expandInto(d.body(), out, depth + 1);
        }
        return false;
    }
}

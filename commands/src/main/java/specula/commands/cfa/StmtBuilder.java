package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an action body as a statement sequence: {@code /\} lists run in order; IF, CASE and {@code \/} lists whose
 * branches act become branches; LET and {@code \E x \in S} around acting code become scopes; {@code v' = e},
 * {@code v' \in S} and UNCHANGED are assignments; applications of actions are calls. Everything else is a guard.
 */
final class StmtBuilder {
    private final ModuleModel model;

    StmtBuilder(ModuleModel model) {
        this.model = model;
    }

    List<Stmt> build(Expr e) {
        List<Stmt> out = new ArrayList<>();
        add(e, out);
        return out;
    }

    private final java.util.Map<Expr, Boolean> acting = new java.util.IdentityHashMap<>();

    private boolean acts(Expr e) {
        return acting.computeIfAbsent(e, this::findActs);
    }

    private boolean findActs(Expr e) {
        Names n = Names.of(e, model);
        if (!n.primed.isEmpty() || n.unchanged) return true;
        for (String a : n.applied) if (model.actions.contains(a)) return true;
        return false;
    }

    private void add(Expr e, List<Stmt> out) {
        if (e instanceof Exprs.Paren p) {
            add(p.inner(), out);
            return;
        }
        if (e instanceof Exprs.Label l) {
            // A PlusCal-style label names a conjunct for proofs; it does not change what the conjunct does.
            add(l.body(), out);
            return;
        }
        if (e instanceof Exprs.Junction j && j.isConjunction()) {
            for (Expr item : j.items()) add(item, out);
            return;
        }
        if (e instanceof Exprs.OpApp o && o.canonical().equals("/\\") && o.args().size() == 2) {
            add(o.args().get(0), out);
            add(o.args().get(1), out);
            return;
        }
        if (!acts(e)) {
            out.add(new Stmt.Guard(e));
            return;
        }
        if (e instanceof Exprs.Junction j) {
            List<List<Stmt>> bodies = new ArrayList<>();
            for (Expr item : j.items()) bodies.add(build(item));
            out.add(new Stmt.Branch(Stmt.BranchKind.OR, List.of(), bodies));
            return;
        }
        if (e instanceof Exprs.OpApp o && o.canonical().equals("\\/") && o.args().size() == 2) {
            List<List<Stmt>> bodies = new ArrayList<>();
            disjuncts(o, bodies);
            out.add(new Stmt.Branch(Stmt.BranchKind.OR, List.of(), bodies));
            return;
        }
        if (e instanceof Exprs.If x) {
            out.add(new Stmt.Branch(Stmt.BranchKind.IF, List.of(x.cond()), List.of(build(x.then()), build(x.otherwise()))));
            return;
        }
        if (e instanceof Exprs.Case x) {
            List<Expr> guards = new ArrayList<>();
            List<List<Stmt>> bodies = new ArrayList<>();
            for (Parts.CaseArm a : x.arms()) {
                guards.add(a.guard());
                bodies.add(build(a.body()));
            }
            if (x.other() != null) bodies.add(build(x.other()));
            out.add(new Stmt.Branch(Stmt.BranchKind.CASE, guards, bodies));
            return;
        }
        if (e instanceof Exprs.Let x) {
            out.add(new Stmt.Scope(x.defs(), null, null, build(x.body())));
            return;
        }
        if (e instanceof Exprs.Quant q && q.kind().equals("\\E") && q.bounds().stream().allMatch(b -> b.set() != null)) {
            out.add(new Stmt.Scope(null, q.bounds(), q.spelling(), build(q.body())));
            return;
        }
        if (e instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.INFIX && o.args().size() == 2
                && (o.canonical().equals("=") || o.canonical().equals("\\in"))) {
            String v = primedVar(o.args().get(0));
            if (v != null) {
                out.add(new Stmt.Assign(v, e, o.canonical().equals("\\in")));
                return;
            }
        }
        if (e instanceof Exprs.OpApp o && o.canonical().equals("UNCHANGED")) {
            List<String> vs = model.expandVars(o.args().get(0));
            if (vs != null) {
                out.add(new Stmt.Unchanged(vs, e));
                return;
            }
        }
        if (e instanceof Exprs.Ident i && model.actions.contains(i.name())) {
            out.add(new Stmt.Call(i.name(), List.of()));
            return;
        }
        if (e instanceof Exprs.Apply a && model.actions.contains(a.name())) {
            out.add(new Stmt.Call(a.name(), a.args()));
            return;
        }
        out.add(new Stmt.Guard(e));
    }

    private void disjuncts(Expr e, List<List<Stmt>> bodies) {
        if (e instanceof Exprs.OpApp o && o.canonical().equals("\\/") && o.args().size() == 2) {
            disjuncts(o.args().get(0), bodies);
            disjuncts(o.args().get(1), bodies);
        } else {
            bodies.add(build(e));
        }
    }

    private String primedVar(Expr e) {
        if (e instanceof Exprs.OpApp p && p.canonical().equals("'") && p.args().get(0) instanceof Exprs.Ident i
                && model.isVariable(i.name())) {
            return i.name();
        }
        return null;
    }
}

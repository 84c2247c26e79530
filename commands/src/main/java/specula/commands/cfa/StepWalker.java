package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one job's statement sequence into the body of an atomic action, applying the three algorithms on the way:
 * a statement that assigns a variable already assigned in this step (or calls an action that does, or calls a
 * multi-step action) ends the step with a jump to a continuation (pc); at the merge of branches each branch gets an
 * UNCHANGED for what the others assign, and each end of the action one for what other ends assign (uc); reads of a
 * variable assigned earlier in the step are primed, and primed reads of a value committed by an earlier step lose
 * their prime (su). Within a branch a cut cannot end the step, so a branch that needs one takes the rest of the
 * sequence into each of its arms; otherwise arms merge and the rest follows once.
 */
final class StepWalker {
    /** What the walker asks about other operators. */
    interface Context {
        CfaOptions options();

        ModuleModel model();

        /** Variables every path of a (transformed) callee assigns. */
        Set<String> mod(String action);

        /** Whether a call to this action takes several steps (goes through pc and the stack). */
        boolean multiStep(String action);

        /** For Next: the expression that invokes an entry action, and what it assigns. */
        Expr entryCall(String action, List<Expr> args);

        Set<String> entryMod(String action);

        String nextName(String base);

        void note(Change c);
    }

    private final Context ctx;
    private final Job job;
    private final Set<String> target;
    private final List<Set<String>> leaves = new ArrayList<>();
    private final List<Job> continuations = new ArrayList<>();
    private final boolean record;
    private boolean cut;
    private boolean changed;

    private StepWalker(Context ctx, Job job, Set<String> target, boolean record) {
        this.ctx = ctx;
        this.job = job;
        this.target = target;
        this.record = record;
    }

    /**
     * Two passes: the first learns what each end of the action assigns (and whether it cuts), the second completes
     * the ends to their union. Continuation names are handed out only by the second.
     */
    static JobResult run(Context ctx, Job job, Set<String> forcedTarget) {
        StepWalker dry = new StepWalker(ctx, job, null, false);
        dry.walk(job.body(), job.start(), true);
        Set<String> union = new LinkedHashSet<>();
        dry.leaves.forEach(union::addAll);
        if (forcedTarget != null) union.addAll(forcedTarget);
        StepWalker real = new StepWalker(ctx, job, union, true);
        StepWalker.Walk w = real.walk(job.body(), job.start(), true);
        Expr body = Ast.and(w.items);
        if (!job.start().carried().isEmpty()) {
            List<Unit> defs = new ArrayList<>();
            ExprRewriter r = real.rewriter(job.start());
            for (Unit u : job.start().carried()) defs.add(r.mapDef(u, Set.of()));
            body = new Exprs.Let(Ast.NOWHERE, defs, body);
        }
        Set<String> mod = new LinkedHashSet<>(union);
        return new JobResult(job, body, mod, real.cut, real.changed, List.copyOf(real.continuations));
    }

    private record Walk(List<Expr> items, Set<String> assigned) {
    }

    private boolean mayCut() {
        return ctx.options().pc() && !job.next();
    }

    /** Returns null when not at top level and a cut is needed, so that the caller distributes the rest. */
    private Walk walk(List<Stmt> seq, PathState st, boolean top) {
        List<Expr> items = new ArrayList<>();
        Set<String> a = new LinkedHashSet<>(st.assigned());
        for (int i = 0; i < seq.size(); i++) {
            Stmt s = seq.get(i);
            PathState cur = st.withAssigned(a);
            List<Stmt> from = seq.subList(i, seq.size());
            List<Stmt> rest = seq.subList(i + 1, seq.size());
            if (s instanceof Stmt.Assign as) {
                if (a.contains(as.var()) && mayCut()) {
                    return top ? cutHere(items, from, cur, as.var() + " is assigned again") : null;
                }
                Exprs.OpApp o = (Exprs.OpApp) as.value();
                Expr rhs = rw(o.args().get(1), cur);
                items.add(new Exprs.OpApp(o.range(), o.spelling(), o.canonical(), o.fixity(), List.of(o.args().get(0), rhs)));
                a.add(as.var());
            } else if (s instanceof Stmt.Unchanged u) {
                Set<String> again = intersect(a, u.vars());
                if (!again.isEmpty() && mayCut()) {
                    return top ? cutHere(items, from, cur, String.join(", ", again) + " is assigned again") : null;
                }
                items.add(u.original());
                a.addAll(u.vars());
            } else if (s instanceof Stmt.Guard g) {
                Expr r = rw(g.expr(), cur);
                items.add(r);
                a.addAll(assignedThroughArguments(r));
            } else if (s instanceof Stmt.Call c) {
                List<Expr> args = new ArrayList<>();
                for (Expr x : c.args()) args.add(rw(x, cur));
                if (job.next()) {
                    Expr call = ctx.entryCall(c.name(), args);
                    items.add(call);
                    if (!call.equals(Ast.apply(c.name(), args))) changed = true;
                    a.addAll(ctx.entryMod(c.name()));
                    continue;
                }
                if (ctx.multiStep(c.name()) && mayCut()) {
                    return top ? callCut(items, c, args, rest, cur) : null;
                }
                Set<String> m = new LinkedHashSet<>(ctx.mod(c.name()));
                for (int pos : ctx.model().primedParams(c.name())) {
                    if (pos < c.args().size() && c.args().get(pos) instanceof Exprs.Ident v
                            && ctx.model().isVariable(v.name()) && !cur.shadow().contains(v.name())) {
                        m.add(v.name());
                    }
                }
                Set<String> again = intersect(a, m);
                if (!again.isEmpty() && mayCut()) {
                    return top ? cutHere(items, from, cur, c.name() + " assigns " + String.join(", ", again)
                            + " again") : null;
                }
                items.add(Ast.apply(c.name(), args));
                a.addAll(m);
            } else if (s instanceof Stmt.Scope sc) {
                PathState inner = cur.enter(sc);
                Walk w = walk(sc.body(), inner, false);
                if (w != null) {
                    items.add(scopeExpr(sc, w.items, cur));
                    a = new LinkedHashSet<>(w.assigned);
                    continue;
                }
                Walk d = walk(concat(sc.body(), rest), inner, true);
                items.add(scopeExpr(sc, d.items, cur));
                return new Walk(items, d.assigned);
            } else if (s instanceof Stmt.Branch b) {
                List<Walk> arms = new ArrayList<>();
                for (List<Stmt> body : b.bodies()) {
                    Walk w = walk(body, cur, false);
                    if (w == null) {
                        arms = null;
                        break;
                    }
                    arms.add(w);
                }
                if (arms != null) {
                    Set<String> union = new LinkedHashSet<>();
                    arms.forEach(w -> union.addAll(w.assigned));
                    for (Walk w : arms) {
                        Set<String> missing = new LinkedHashSet<>(union);
                        missing.removeAll(w.assigned);
                        if (!missing.isEmpty() && ctx.options().uc()) {
                            w.items.add(Ast.unchanged(ctx.model().ordered(missing)));
                            changed = true;
                            note("uc", "UNCHANGED " + ctx.model().ordered(missing) + " where branches merge");
                        }
                    }
                    items.add(branchExpr(b, arms, cur));
                    a = union;
                    continue;
                }
                if (!top) return null;
                List<Walk> full = new ArrayList<>();
                Set<String> union = new LinkedHashSet<>();
                for (List<Stmt> body : b.bodies()) {
                    Walk w = walk(concat(body, rest), cur, true);
                    full.add(w);
                    union.addAll(w.assigned);
                }
                items.add(branchExpr(b, full, cur));
                return new Walk(items, union);
            }
        }
        if (top) end(items, a);
        return new Walk(items, a);
    }

    /**
     * A guard determines a variable only when it hands {@code v'} itself to an operator that may equate it
     * ({@code CalculateHash(b, h, h')}); any other primed mention is a read of a value assigned before.
     */
    private Set<String> assignedThroughArguments(Expr guard) {
        Set<String> out = new LinkedHashSet<>();
        if (guard instanceof Exprs.Apply ap) {
            for (Expr arg : ap.args()) {
                if (arg instanceof Exprs.OpApp o && o.canonical().equals("'") && o.args().get(0) instanceof Exprs.Ident i
                        && ctx.model().isVariable(i.name())) {
                    out.add(i.name());
                }
            }
        }
        return out;
    }

    private void end(List<Expr> items, Set<String> a) {
        switch (job.ending()) {
            case RETURN -> {
                items.add(Ast.assign("pc", Ast.field(Ast.top(), "backsite")));
                items.add(Ast.assign("info", Ast.field(Ast.top(), "info")));
                items.add(Ast.assign("stack", Ast.apply("SubSeq", List.of(Ast.id("stack"), Ast.num(1),
                        Ast.infix("-", Ast.apply("Len", List.of(Ast.id("stack"))), Ast.num(1))))));
                a.addAll(List.of("pc", "info", "stack"));
                changed = true;
            }
            case IDLE -> {
                items.add(Ast.assign("pc", Ast.id("Nil")));
                a.add("pc");
                changed = true;
            }
            case NONE -> {
            }
        }
        complete(items, a);
    }

    /** UC at an end of the action: assign what other ends assign. */
    private void complete(List<Expr> items, Set<String> a) {
        leaves.add(Set.copyOf(a));
        if (target == null || !ctx.options().uc()) return;
        Set<String> missing = new LinkedHashSet<>(target);
        missing.removeAll(a);
        if (missing.isEmpty()) return;
        items.add(Ast.unchanged(ctx.model().ordered(missing)));
        a.addAll(missing);
        changed = true;
        note("uc", "UNCHANGED " + ctx.model().ordered(missing) + " at an end of the action");
    }

    private Walk cutHere(List<Expr> items, List<Stmt> from, PathState cur, String why) {
        Set<String> a = new LinkedHashSet<>(cur.assigned());
        String k = record ? ctx.nextName(job.base()) : job.base() + "_?";
        items.add(Ast.assign("pc", Ast.str(k)));
        items.add(Ast.assign("info", infoRecord(cur)));
        a.add("pc");
        a.add("info");
        if (record) {
            continuations.add(new Job(k, job.base(), job.params(), List.copyOf(from), cur.continuation(Set.of()),
                    job.ending() == Job.Ending.NONE ? Job.Ending.IDLE : job.ending(), false));
            note("pc", why + ": the step ends here and continues in " + k);
        }
        cut = true;
        changed = true;
        complete(items, a);
        return new Walk(items, a);
    }

    private Walk callCut(List<Expr> items, Stmt.Call c, List<Expr> args, List<Stmt> rest, PathState cur) {
        Set<String> a = new LinkedHashSet<>(cur.assigned());
        String k = record ? ctx.nextName(job.base()) : job.base() + "_?";
        items.add(Ast.assign("pc", Ast.str(c.name())));
        items.add(Ast.assign("info", infoRecord(cur)));
        Expr frame = Ast.record(List.of("backsite", "args", "info"),
                List.of(Ast.str(k), Ast.tuple(args), Ast.primed(Ast.id("info"))));
        items.add(Ast.assign("stack", Ast.apply("Append", List.of(Ast.id("stack"), frame))));
        a.addAll(List.of("pc", "info", "stack"));
        if (record) {
            continuations.add(new Job(k, job.base(), job.params(), List.copyOf(rest),
                    cur.continuation(ctx.mod(c.name())),
                    job.ending() == Job.Ending.NONE ? Job.Ending.IDLE : job.ending(), false));
            note("pc", "calls " + c.name() + ", which takes several steps: it runs next and returns to " + k);
        }
        cut = true;
        changed = true;
        complete(items, a);
        return new Walk(items, a);
    }

    private Expr infoRecord(PathState cur) {
        List<Expr> params = new ArrayList<>();
        for (String p : job.params()) params.add(Ast.id(p));
        Expr temp;
        if (cur.temps().isEmpty()) {
            temp = Ast.tuple(List.of());
        } else {
            List<Expr> values = new ArrayList<>();
            for (String t : cur.temps()) values.add(cur.valueOf(t));
            temp = Ast.record(cur.temps(), values);
        }
        return Ast.record(List.of("args", "temp"), List.of(Ast.tuple(params), temp));
    }

    private Expr scopeExpr(Stmt.Scope sc, List<Expr> items, PathState cur) {
        if (sc.defs() != null) {
            ExprRewriter r = rewriter(cur);
            Set<String> names = new HashSet<>();
            for (Unit u : sc.defs()) names.add(ExprRewriter.defName(u));
            List<Unit> defs = new ArrayList<>();
            for (Unit u : sc.defs()) defs.add(r.mapDef(u, names));
            return new Exprs.Let(Ast.NOWHERE, defs, Ast.and(items));
        }
        List<Parts.Bound> bounds = new ArrayList<>();
        for (Parts.Bound b : sc.bounds()) bounds.add(new Parts.Bound(b.range(), b.names(), b.tuple(), rw(b.set(), cur)));
        return new Exprs.Quant(Ast.NOWHERE, sc.quantSpelling(), "\\E", bounds, Ast.and(items));
    }

    private Expr branchExpr(Stmt.Branch b, List<Walk> arms, PathState cur) {
        switch (b.kind()) {
            case IF:
                return new Exprs.If(Ast.NOWHERE, rw(b.guards().get(0), cur), Ast.and(arms.get(0).items),
                        Ast.and(arms.get(1).items));
            case CASE: {
                List<Parts.CaseArm> cs = new ArrayList<>();
                for (int i = 0; i < b.guards().size(); i++) {
                    cs.add(new Parts.CaseArm(Ast.NOWHERE, rw(b.guards().get(i), cur), Ast.and(arms.get(i).items)));
                }
                Expr other = arms.size() > b.guards().size() ? Ast.and(arms.get(arms.size() - 1).items) : null;
                return new Exprs.Case(Ast.NOWHERE, cs, other);
            }
            default: {
                List<Expr> ds = new ArrayList<>();
                for (Walk w : arms) ds.add(Ast.and(w.items));
                return Ast.or(ds);
            }
        }
    }

    /** su: prime reads of variables assigned in this step; pc: unprime reads of values committed earlier; temps. */
    private Expr rw(Expr e, PathState cur) {
        Expr r = rewriter(cur).apply(e);
        if (!r.equals(e)) changed = true;
        return r;
    }

    private ExprRewriter rewriter(PathState cur) {
        ModuleModel m = ctx.model();
        boolean su = ctx.options().su();
        Map<String, Expr> subst = cur.subst();
        return new ExprRewriter((x, bound) -> {
            if (x instanceof Exprs.OpApp o && o.canonical().equals("'") && o.args().get(0) instanceof Exprs.Ident i) {
                String v = i.name();
                if (!bound.contains(v) && !cur.shadow().contains(v) && m.isVariable(v)
                        && !cur.assigned().contains(v) && (su || cur.done().contains(v))) {
                    // Imperatively v' is "the value v has now"; in this step v is not assigned (yet), so that is v.
                    // Outside imperative modules only values committed by an earlier step qualify: there a primed
                    // argument may be how a helper assigns (CalculateHash(b, h, h')).
                    note(cur.done().contains(v) ? "pc" : "su", v + "' read where this step has not assigned "
                            + v + ": reads " + v);
                    return i;
                }
                return x;
            }
            if (x instanceof Exprs.Ident i && !bound.contains(i.name())) {
                Expr s = subst.get(i.name());
                if (s != null) return s;
                if (su && !cur.shadow().contains(i.name()) && m.isVariable(i.name())
                        && cur.assigned().contains(i.name())) {
                    note("su", i.name() + " read after it was assigned in the same step: reads " + i.name() + "'");
                    return Ast.primed(i);
                }
                return x;
            }
            return null;
        });
    }

    private void note(String algorithm, String detail) {
        if (record) ctx.note(new Change(algorithm, job.name(), detail));
    }

    private static Set<String> intersect(Set<String> a, java.util.Collection<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : b) if (a.contains(x)) out.add(x);
        return out;
    }

    private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
        List<Stmt> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

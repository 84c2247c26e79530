package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the transformed operators back into the module in source order, each continuation right after its action;
 * when process cutting happened it also declares pc/info/stack (and Nil if absent), initialises them, adds the
 * handlers before Next and the handler disjuncts to Next, and extends Sequences for the stack operators.
 */
final class ModuleAssembler {
    private final ModuleModel model;
    private final boolean cut;
    private final Set<String> allVars;

    ModuleAssembler(ModuleModel model, boolean cut, Set<String> allVars) {
        this.model = model;
        this.cut = cut;
        this.allVars = allVars;
    }

    Module assemble(Map<String, JobResult> results, Map<String, List<JobResult>> continuations, JobResult next,
                    List<String> entries, Set<String> multiStep, List<String> interactions, List<Change> changes) {
        List<Unit> units = new ArrayList<>();
        List<Unit> handlers = new ArrayList<>();
        List<Expr> extraDisjuncts = new ArrayList<>();
        if (cut) buildHandlers(results, continuations, entries, multiStep, handlers, extraDisjuncts, interactions, changes);
        int lastVars = -1;
        for (int i = 0; i < model.module.units().size(); i++) {
            if (model.module.units().get(i) instanceof Unit.Variables) lastVars = i;
        }
        boolean handlersPlaced = false;
        for (int i = 0; i < model.module.units().size(); i++) {
            Unit u = model.module.units().get(i);
            if (u instanceof Unit.OpDef d && results.containsKey(d.name().text())) {
                JobResult r = results.get(d.name().text());
                units.add(r.changed() ? withBody(d, r.body()) : d);
                for (JobResult c : continuations.getOrDefault(d.name().text(), List.of())) {
                    units.add(newDef(c.job().name(), c.job().params(), c.body(), d.range()));
                }
            } else if (u instanceof Unit.OpDef d && next != null && d.name().text().equals(next.job().name())) {
                if (cut) {
                    units.addAll(handlers);
                    handlersPlaced = true;
                }
                Expr body = next.changed() ? next.body() : d.body();
                if (!extraDisjuncts.isEmpty()) {
                    List<Expr> ds = new ArrayList<>(disjuncts(body));
                    ds.addAll(extraDisjuncts);
                    body = Ast.or(ds);
                }
                units.add(body == d.body() ? d : withBody(d, body));
            } else if (u instanceof Unit.OpDef d && cut && d.name().text().equals("Init")) {
                units.add(withBody(d, initWithAux(d.body())));
            } else if (u instanceof Unit.OpDef d && cut) {
                units.add(withAuxInTuples(d));
            } else {
                units.add(u);
            }
            if (i == lastVars && cut) units.addAll(auxDeclarations(u.range()));
        }
        if (cut && !handlersPlaced) {
            units.addAll(handlers);
            changes.add(new Change("pc", model.module.name(), "no Next found: the next-state relation must invoke "
                    + "the entry handlers and " + String.join(", ", interactions)));
        }
        List<Parts.Name> ext = new ArrayList<>(model.module.extendsList());
        if (cut && ext.stream().noneMatch(n -> n.text().equals("Sequences"))) ext.add(Ast.name("Sequences"));
        return new Module(model.module.range(), model.module.name(), ext, units, model.module.comments());
    }

    private static List<Expr> disjuncts(Expr e) {
        if (e instanceof Exprs.Junction j && !j.isConjunction()) return j.items();
        return List.of(e);
    }

    private void buildHandlers(Map<String, JobResult> results, Map<String, List<JobResult>> continuations,
                               List<String> entries, Set<String> multiStep, List<Unit> handlers,
                               List<Expr> extra, List<String> interactions, List<Change> changes) {
        Range at = Ast.NOWHERE;
        for (String e : entries) {
            JobResult r = results.get(e);
            if (r == null) continue;
            List<String> params = r.job().params();
            List<Expr> args = params.stream().map(p -> (Expr) Ast.id(p)).toList();
            List<Expr> items = new ArrayList<>();
            items.add(Ast.eq(Ast.id("pc"), Ast.id("Nil")));
            Set<String> assigned = new LinkedHashSet<>();
            String name;
            if (multiStep.contains(e)) {
                name = "Start" + e;
                items.add(Ast.assign("pc", Ast.str(e)));
                items.add(Ast.assign("stack", Ast.apply("Append", List.of(Ast.id("stack"), Ast.record(
                        List.of("backsite", "args", "info"), List.of(Ast.id("Nil"), Ast.tuple(args), Ast.id("info")))))));
                assigned.addAll(List.of("pc", "stack"));
            } else {
                name = "Handle" + e;
                items.add(Ast.apply(e, args));
                assigned.addAll(r.mod());
            }
            addUnchanged(items, assigned);
            handlers.add(newDef(name, params, Ast.and(items), at));
            changes.add(new Change("pc", e, "entry handler " + name + " runs it only when no process is pending"));
        }
        for (Map.Entry<String, JobResult> e : results.entrySet()) {
            if (!multiStep.contains(e.getKey())) continue;
            List<Expr> args = new ArrayList<>();
            for (int i = 1; i <= e.getValue().job().params().size(); i++) {
                args.add(Ast.index(Ast.field(Ast.top(), "args"), Ast.num(i)));
            }
            handlers.add(stepHandler("Handle" + e.getKey(), e.getKey(), e.getKey(), args, e.getValue().mod()));
            extra.add(Ast.id("Handle" + e.getKey()));
            interactions.add("Handle" + e.getKey());
        }
        for (List<JobResult> cs : continuations.values()) {
            for (JobResult c : cs) {
                List<Expr> args = new ArrayList<>();
                for (int i = 1; i <= c.job().params().size(); i++) {
                    args.add(Ast.index(Ast.field(Ast.id("info"), "args"), Ast.num(i)));
                }
                String h = "Handle" + c.job().name();
                handlers.add(stepHandler(h, c.job().name(), c.job().name(), args, c.mod()));
                extra.add(Ast.id(h));
                interactions.add(h);
            }
        }
    }

    private Unit stepHandler(String name, String pcValue, String op, List<Expr> args, Set<String> mod) {
        List<Expr> items = new ArrayList<>();
        items.add(Ast.eq(Ast.id("pc"), Ast.str(pcValue)));
        items.add(Ast.apply(op, args));
        addUnchanged(items, mod);
        return newDef(name, List.of(), Ast.and(items), Ast.NOWHERE);
    }

    private void addUnchanged(List<Expr> items, Set<String> assigned) {
        Set<String> rest = new LinkedHashSet<>(allVars);
        rest.removeAll(assigned);
        if (!rest.isEmpty()) items.add(Ast.unchanged(model.ordered(rest)));
    }

    private List<Unit> auxDeclarations(Range after) {
        List<Unit> out = new ArrayList<>();
        Range r = new Range(after.file(), after.endLine(), after.endColumn(), after.endLine(), after.endColumn());
        List<Parts.Name> missing = new ArrayList<>();
        for (String v : CfaTransformer.AUX) if (!model.variables.contains(v)) missing.add(Ast.name(v));
        if (!missing.isEmpty()) out.add(new Unit.Variables(r, "VARIABLES", missing));
        if (!model.constants.contains("Nil") && !model.ops.containsKey("Nil")) {
            out.add(newDef("Nil", List.of(), Ast.str("Nil"), r));
        }
        return out;
    }

    private Expr initWithAux(Expr body) {
        List<Expr> items = new ArrayList<>();
        items.add(body);
        if (!model.variables.contains("pc")) items.add(Ast.eq(Ast.id("pc"), Ast.id("Nil")));
        if (!model.variables.contains("info")) {
            items.add(Ast.eq(Ast.id("info"), Ast.record(List.of("args", "temp"),
                    List.of(Ast.tuple(List.of()), Ast.tuple(List.of())))));
        }
        if (!model.variables.contains("stack")) items.add(Ast.eq(Ast.id("stack"), Ast.tuple(List.of())));
        return Ast.and(items);
    }

    /**
     * {@code [Next]_vars} and {@code WF_vars(A)} must see pc, info and stack change too, or steps that change only
     * them would be stuttering steps allowed at any time. The definition of {@code vars} itself stays: actions say
     * {@code UNCHANGED vars} meaning the original variables.
     */
    private Unit.OpDef withAuxInTuples(Unit.OpDef d) {
        Expr body = new ExprRewriter((e, bound) -> {
            if (e instanceof Exprs.ActionSub a) {
                return new Exprs.ActionSub(a.range(), a.action(), withAux(a.subscript()), a.angle());
            }
            if (e instanceof Exprs.Fairness f) {
                return new Exprs.Fairness(f.range(), f.kind(), withAux(f.subscript()), f.action());
            }
            return null;
        }).apply(d.body());
        return body.equals(d.body()) ? d : withBody(d, body);
    }

    private Expr withAux(Expr sub) {
        List<Expr> els = new ArrayList<>();
        if (sub instanceof Exprs.Tuple t) els.addAll(t.elements());
        else els.add(sub);
        for (String v : CfaTransformer.AUX) {
            if (els.stream().noneMatch(x -> x instanceof Exprs.Ident i && i.name().equals(v))) els.add(Ast.id(v));
        }
        return new Exprs.Tuple(sub.range(), els);
    }

    private static Unit.OpDef withBody(Unit.OpDef d, Expr body) {
        return new Unit.OpDef(d.range(), d.local(), d.name(), d.fixity(), d.params(), body);
    }

    static Unit.OpDef newDef(String name, List<String> params, Expr body, Range near) {
        Range r = new Range(near.file(), near.endLine(), near.endColumn(), near.endLine(), near.endColumn());
        List<Parts.Param> ps = new ArrayList<>();
        for (String p : params) ps.add(new Parts.Param(r, Ast.name(p), 0, Parts.Fixity.NAME));
        return new Unit.OpDef(r, false, new Parts.Name(r, name), Parts.Fixity.NAME, ps, body);
    }
}

package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what TLC needs of a transformed module, path by path through each action: no variable assigned twice on a
 * path, no primed read of a variable the path has not assigned, every branch of a choice assigning the same set
 * (so every path of an action assigns exactly its Mod set), and Next assigning every variable on every path.
 * Returns the problems found, empty when the module is fine.
 */
final class StructureCheck {
    private final ModuleModel model;
    private final StmtBuilder builder;
    private final Map<String, Set<String>> mods = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private StructureCheck(Module m) {
        model = new ModuleModel(m);
        builder = new StmtBuilder(model);
    }

    static List<String> problems(Module m) {
        StructureCheck c = new StructureCheck(m);
        c.run();
        return c.problems;
    }

    private void run() {
        for (String a : model.actions) modOf(a, new LinkedHashSet<>());
        if (model.next != null) {
            Set<String> all = new LinkedHashSet<>(model.variables);
            Set<String> got = mods.get(model.next);
            if (got != null && !got.equals(all)) {
                Set<String> missing = new LinkedHashSet<>(all);
                missing.removeAll(got);
                problems.add(model.next + ": leaves " + missing + " undetermined");
            }
        }
    }

    private Set<String> modOf(String a, Set<String> visiting) {
        Set<String> known = mods.get(a);
        if (known != null) return known;
        if (!visiting.add(a)) return Set.of();
        Set<String> out = seq(a, builder.build(model.ops.get(a).body()), Set.of(), visiting);
        mods.put(a, out == null ? Set.of() : out);
        return mods.get(a);
    }

    /** The set assigned after the sequence, given {@code in}; null after a problem was recorded. */
    private Set<String> seq(String op, List<Stmt> stmts, Set<String> in, Set<String> visiting) {
        Set<String> a = new LinkedHashSet<>(in);
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Assign as) {
                reads(op, ((specula.tla.syntax.ast.Exprs.OpApp) as.value()).args().get(1), a);
                if (!a.add(as.var())) return fail(op + ": " + as.var() + " assigned twice on a path");
            } else if (s instanceof Stmt.Unchanged u) {
                for (String v : u.vars()) if (!a.add(v)) return fail(op + ": " + v + " assigned twice on a path");
            } else if (s instanceof Stmt.Guard g) {
                reads(op, g.expr(), a);
            } else if (s instanceof Stmt.Call c) {
                c.args().forEach(x -> reads(op, x, a));
                for (String v : modOf(c.name(), visiting)) {
                    if (!a.add(v)) return fail(op + ": " + v + " assigned twice on a path (via " + c.name() + ")");
                }
            } else if (s instanceof Stmt.Scope sc) {
                Set<String> r = seq(op, sc.body(), a, visiting);
                if (r == null) return null;
                a.clear();
                a.addAll(r);
            } else if (s instanceof Stmt.Branch b) {
                b.guards().forEach(x -> reads(op, x, a));
                Set<String> first = null;
                for (List<Stmt> body : b.bodies()) {
                    Set<String> r = seq(op, body, a, visiting);
                    if (r == null) return null;
                    if (first == null) first = r;
                    else if (!first.equals(r)) return fail(op + ": branches assign " + first + " and " + r);
                }
                a.clear();
                a.addAll(first);
            }
        }
        return a;
    }

    private void reads(String op, Expr e, Set<String> assigned) {
        for (String v : Names.of(e, model).primed) {
            if (!assigned.contains(v)) problems.add(op + ": reads " + v + "' before assigning it");
        }
    }

    private Set<String> fail(String p) {
        problems.add(p);
        return null;
    }
}

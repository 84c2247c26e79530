package specula.commands.cfa;

import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The control-flow graph of actions in Graphviz DOT: one cluster per action, a box per statement, a diamond per
 * branch (IF, CASE, {@code \/}) whose arms merge again at the next statement, and, on each assignment or call, the
 * variables it assigns. Read as cfa reads the action: top to bottom, one step until a cut.
 */
public final class CfgGraph {
    private final ModuleModel model;
    private final StringBuilder out = new StringBuilder();
    private int next;

    private record Pred(String id, String label) {
    }

    private CfgGraph(Module m) {
        this.model = new ModuleModel(m);
    }

    /** DOT for one action, or for every action when {@code action} is null. */
    public static String dot(Module m, String action) {
        CfgGraph g = new CfgGraph(m);
        if (action != null && !g.model.actions.contains(action)) {
            throw new IllegalArgumentException("'" + action + "' is not an action of " + m.name()
                    + "; actions: " + String.join(", ", g.model.actions));
        }
        g.out.append("digraph \"").append(esc(m.name())).append("\" {\n");
        g.out.append("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        for (String a : g.model.actions) {
            if (action == null || action.equals(a)) g.action(a);
        }
        g.out.append("}\n");
        return g.out.toString();
    }

    /** Names of the actions a graph can be drawn for. */
    public static Set<String> actions(Module m) {
        return new ModuleModel(m).actions;
    }

    private void action(String a) {
        StmtBuilder b = new StmtBuilder(model);
        Unit.OpDef d = model.ops.get(a);
        out.append("  subgraph \"cluster_").append(esc(a)).append("\" {\n    label=\"").append(esc(a)).append("\";\n");
        String entry = node(a + "(" + String.join(", ", model.params(a)) + ")", "shape=oval");
        List<Pred> exits = seq(b.build(d.body()), List.of(new Pred(entry, null)));
        String end = node("end", "shape=oval");
        edges(exits, end);
        out.append("  }\n");
    }

    private List<Pred> seq(List<Stmt> stmts, List<Pred> preds) {
        List<Pred> cur = preds;
        for (Stmt s : stmts) cur = stmt(s, cur);
        return cur;
    }

    private List<Pred> stmt(Stmt s, List<Pred> preds) {
        if (s instanceof Stmt.Assign a) {
            return one(node(text(a.value()) + "\\lassigns " + a.var(), null), preds);
        }
        if (s instanceof Stmt.Unchanged u) {
            return one(node(text(u.original()) + "\\lassigns " + String.join(", ", u.vars()), null), preds);
        }
        if (s instanceof Stmt.Call c) {
            return one(node("call " + c.name() + "\\lassigns " + String.join(", ", callMod(c.name())),
                    "style=bold"), preds);
        }
        if (s instanceof Stmt.Guard g) {
            return one(node(text(g.expr()), "style=dashed"), preds);
        }
        if (s instanceof Stmt.Scope sc) {
            String label = sc.defs() != null
                    ? "LET " + String.join(", ", sc.defs().stream().map(ExprRewriter::defName).toList())
                    : "\\E " + String.join(", ", sc.bounds().stream().map(CfgGraph::bound).toList());
            String id = node(label, "shape=hexagon");
            edges(preds, id);
            return seq(sc.body(), List.of(new Pred(id, null)));
        }
        Stmt.Branch b = (Stmt.Branch) s;
        String label = switch (b.kind()) {
            case IF -> "IF " + text(b.guards().get(0));
            case CASE -> "CASE";
            case OR -> "\\\\/";
        };
        String id = node(label, "shape=diamond");
        edges(preds, id);
        List<Pred> exits = new ArrayList<>();
        for (int i = 0; i < b.bodies().size(); i++) {
            String armLabel = switch (b.kind()) {
                case IF -> i == 0 ? "THEN" : "ELSE";
                case CASE -> i < b.guards().size() ? text(b.guards().get(i)) : "OTHER";
                case OR -> Integer.toString(i + 1);
            };
            exits.addAll(seq(b.bodies().get(i), List.of(new Pred(id, armLabel))));
        }
        return exits;
    }

    private Set<String> callMod(String name) {
        // What the callee assigns on its paths, as cfa's completion would make it.
        Set<String> mod = new java.util.LinkedHashSet<>();
        collectAssigned(new StmtBuilder(model).build(model.ops.get(name).body()), mod, new java.util.HashSet<>(Set.of(name)));
        return mod;
    }

    private void collectAssigned(List<Stmt> stmts, Set<String> mod, Set<String> seen) {
        for (Stmt s : stmts) {
            if (s instanceof Stmt.Assign a) mod.add(a.var());
            else if (s instanceof Stmt.Unchanged u) mod.addAll(u.vars());
            else if (s instanceof Stmt.Scope sc) collectAssigned(sc.body(), mod, seen);
            else if (s instanceof Stmt.Branch b) b.bodies().forEach(x -> collectAssigned(x, mod, seen));
            else if (s instanceof Stmt.Call c && seen.add(c.name())) {
                collectAssigned(new StmtBuilder(model).build(model.ops.get(c.name()).body()), mod, seen);
            }
        }
    }

    private static String bound(Parts.Bound b) {
        String names = String.join(", ", b.names().stream().map(Parts.Name::text).toList());
        return b.set() == null ? names : names + " \\\\in " + text(b.set());
    }

    private List<Pred> one(String id, List<Pred> preds) {
        edges(preds, id);
        return List.of(new Pred(id, null));
    }

    private void edges(List<Pred> preds, String to) {
        for (Pred p : preds) {
            out.append("    ").append(p.id()).append(" -> ").append(to);
            if (p.label() != null) out.append(" [label=\"").append(p.label()).append("\"]");
            out.append(";\n");
        }
    }

    private String node(String label, String attrs) {
        String id = "n" + (next++);
        out.append("    ").append(id).append(" [label=\"").append(label).append("\\l\"");
        if (attrs != null) out.append(", ").append(attrs);
        out.append("];\n");
        return id;
    }

    /** One line of TLA+ for a label, shortened: a graph node is for recognising a statement, not reading it. */
    private static String text(Expr e) {
        String t = AstPrinter.print(e).replaceAll("\\s+", " ");
        if (t.length() > 60) t = t.substring(0, 57) + "...";
        return esc(t);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

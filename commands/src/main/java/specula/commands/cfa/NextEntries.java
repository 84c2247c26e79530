package specula.commands.cfa;

import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actions of Next as the trace configuration lists them: each application of an action inside Next's
 * disjunction, with the {@code \E p \in S} binders around it as parameters ({@code source} = S as text).
 */
final class NextEntries {
    private NextEntries() {
    }

    static List<CfaResult.EntryAction> of(ModuleModel model, Set<String> interactions) {
        List<CfaResult.EntryAction> out = new ArrayList<>();
        if (model.next == null) return out;
        walk(model, model.ops.get(model.next).body(), List.of(), interactions, out);
        return out;
    }

    private static void walk(ModuleModel m, Expr e, List<CfaResult.Parameter> params, Set<String> skip,
                             List<CfaResult.EntryAction> out) {
        if (e instanceof Exprs.Paren p) {
            walk(m, p.inner(), params, skip, out);
        } else if (e instanceof Exprs.Junction j) {
            for (Expr x : j.items()) walk(m, x, params, skip, out);
        } else if (e instanceof Exprs.OpApp o && (o.canonical().equals("\\/") || o.canonical().equals("/\\"))) {
            for (Expr x : o.args()) walk(m, x, params, skip, out);
        } else if (e instanceof Exprs.Quant q && q.kind().equals("\\E")) {
            List<CfaResult.Parameter> ps = new ArrayList<>(params);
            for (Parts.Bound b : q.bounds()) {
                for (Parts.Name n : b.names()) {
                    ps.add(new CfaResult.Parameter(n.text(), b.set() == null ? "" : AstPrinter.print(b.set())));
                }
            }
            walk(m, q.body(), ps, skip, out);
        } else if (e instanceof Exprs.Apply a && m.actions.contains(a.name()) && !skip.contains(a.name())) {
            out.add(new CfaResult.EntryAction(a.name(), params, AstPrinter.print(e)));
        } else if (e instanceof Exprs.Ident i && m.actions.contains(i.name()) && !skip.contains(i.name())) {
            out.add(new CfaResult.EntryAction(i.name(), params, i.name()));
        }
    }
}

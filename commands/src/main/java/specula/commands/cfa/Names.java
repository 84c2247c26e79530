package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;

import java.util.LinkedHashSet;
import java.util.Set;

/** The free names an expression uses, as far as the transformation cares: primed variables, applied operators. */
final class Names {
    final Set<String> primed = new LinkedHashSet<>();
    final Set<String> read = new LinkedHashSet<>();
    final Set<String> applied = new LinkedHashSet<>();
    boolean unchanged;
    boolean temporal;

    static Names of(Expr e, ModuleModel m) {
        Names n = new Names();
        new ExprRewriter((x, bound) -> {
            if (x instanceof Exprs.OpApp o && o.canonical().equals("'") && o.args().get(0) instanceof Exprs.Ident i) {
                if (!bound.contains(i.name()) && m.isVariable(i.name())) n.primed.add(i.name());
                return x;
            }
            if (x instanceof Exprs.OpApp o && o.canonical().equals("UNCHANGED")) n.unchanged = true;
            if (x instanceof Exprs.OpApp o && (o.canonical().equals("[]") || o.canonical().equals("<>"))) {
                n.temporal = true;
            }
            if (x instanceof Exprs.ActionSub || x instanceof Exprs.Fairness) n.temporal = true;
            if (x instanceof Exprs.Ident i && !bound.contains(i.name())) {
                if (m.isVariable(i.name())) n.read.add(i.name());
                else n.applied.add(i.name());
            }
            if (x instanceof Exprs.Apply a && !bound.contains(a.name())) n.applied.add(a.name());
            return null;
        }).apply(e);
        return n;
    }
}

package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Range;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/** Layout questions the printer asks about subtrees; answers are cached per printer run. */
final class Layout {
    private final Map<Object, Boolean> multi = new IdentityHashMap<>();

    /** Does the subtree need several lines (it holds a junction list, a LET or a long CASE)? */
    boolean multiLine(Object node) {
        if (node == null || node instanceof Range || node instanceof String || node instanceof Enum<?>
                || node instanceof Boolean || node instanceof Number) {
            return false;
        }
        Boolean cached = multi.get(node);
        if (cached != null) {
            return cached;
        }
        boolean r = compute(node);
        multi.put(node, r);
        return r;
    }

    private boolean compute(Object node) {
        if (node instanceof Exprs.Junction || node instanceof Exprs.Let) {
            return true;
        }
        if (node instanceof Exprs.Case c && c.arms().size() + (c.other() == null ? 0 : 1) > 2) {
            return true;
        }
        if (node instanceof Collection<?> col) {
            for (Object o : col) {
                if (multiLine(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.getClass().isRecord()) {
            return false;
        }
        for (Records.Component c : Records.of(node.getClass())) {
            if (multiLine(c.get(node))) {
                return true;
            }
        }
        return false;
    }

    /** Does the printed text of {@code e} end with a junction list (so a following infix operator must be outdented)? */
    static boolean endsWithJunction(Expr e) {
        while (true) {
            if (e instanceof Exprs.Junction) {
                return true;
            } else if (e instanceof Exprs.OpApp o && o.fixity() != specula.tla.syntax.ast.Parts.Fixity.POSTFIX) {
                e = o.args().get(o.args().size() - 1);
            } else if (e instanceof Exprs.Quant q) {
                e = q.body();
            } else if (e instanceof Exprs.Choose c) {
                e = c.body();
            } else if (e instanceof Exprs.Lambda l) {
                e = l.body();
            } else if (e instanceof Exprs.If i) {
                e = i.otherwise();
            } else if (e instanceof Exprs.Let l) {
                e = l.body();
            } else if (e instanceof Exprs.Case c) {
                e = c.other() != null ? c.other() : c.arms().get(c.arms().size() - 1).body();
            } else if (e instanceof Exprs.Label l) {
                e = l.body();
            } else if (e instanceof Exprs.AssumeProve a) {
                e = a.goal();
            } else {
                return false;
            }
        }
    }
}

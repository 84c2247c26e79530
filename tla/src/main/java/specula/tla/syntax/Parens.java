package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;

/**
 * Where the printer must add parentheses so that text reparses to the same tree. Trees from the parser already hold
 * {@link Exprs.Paren} nodes wherever the source had them, so for them these checks never fire; trees built by
 * transformations (e.g. {@code cfa}) rely on them.
 */
final class Parens {
    private Parens() {
    }

    /** Operand {@code i} of an infix application. */
    static boolean infixOperand(Exprs.OpApp parent, int i) {
        Expr c = parent.args().get(i);
        boolean last = i == parent.args().size() - 1;
        if (!last && endsOpen(c)) {
            return true;
        }
        Operators.Info p = Operators.infix(parent.spelling());
        if (p == null) {
            return false;
        }
        if (c instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.INFIX) {
            Operators.Info ci = Operators.infix(o.spelling());
            if (ci == null) {
                return true;
            }
            if (p.canonical().equals("\\X") && ci.canonical().equals("\\X")) {
                return true; // n-ary: nesting must stay visible
            }
            if (ci.lo() > p.hi()) {
                return false;
            }
            boolean sameAssoc = ci.canonical().equals(p.canonical()) && p.leftAssoc();
            return !(sameAssoc && i == 0);
        }
        if (c instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.PREFIX && !last) {
            Operators.Info pre = Operators.prefix(o.spelling());
            return pre == null || !(p.hi() < pre.lo()); // mirrors the parser: otherwise it joins the operand or conflicts
        }
        return false;
    }

    /** The operand of a prefix operator: an infix operand must bind tighter than the prefix operator's range. */
    static boolean prefixOperand(Exprs.OpApp parent, Expr c) {
        Operators.Info pre = Operators.prefix(parent.spelling());
        if (c instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.POSTFIX) {
            return pre == null || pre.hi() >= 15;
        }
        if (c instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.INFIX) {
            Operators.Info ci = Operators.infix(o.spelling());
            return pre == null || ci == null || !(ci.lo() > pre.hi());
        }
        return false;
    }

    /** Operands of postfix operators, function application and field access must be primary. */
    static boolean tightOperand(Expr c) {
        return c instanceof Exprs.OpApp o && o.fixity() != Parts.Fixity.POSTFIX || endsOpen(c)
                || c instanceof Exprs.Junction;
    }

    /** Constructs that extend as far right as possible, so nothing may follow them unparenthesized. */
    static boolean endsOpen(Expr e) {
        while (true) {
            if (e instanceof Exprs.If || e instanceof Exprs.Case || e instanceof Exprs.Let || e instanceof Exprs.Quant
                    || e instanceof Exprs.Choose || e instanceof Exprs.Lambda || e instanceof Exprs.Label
                    || e instanceof Exprs.AssumeProve) {
                return true;
            }
            if (e instanceof Exprs.OpApp o && o.fixity() != Parts.Fixity.POSTFIX) {
                e = o.args().get(o.args().size() - 1);
            } else {
                return false;
            }
        }
    }
}

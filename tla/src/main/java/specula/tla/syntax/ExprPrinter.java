package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * Prints expressions. Layout rule that keeps junction lists valid: a line break only ever indents to the start column
 * of the construct being printed or deeper, so every token stays right of the enclosing bullets.
 */
class ExprPrinter {
    protected final Out out;
    protected final Layout layout = new Layout();
    /** Past this column, list separators and infix operators start a new line (indented inside the construct). */
    private static final int WRAP = 90;

    ExprPrinter(Out out) {
        this.out = out;
    }

    /** Definitions inside LET and ASSUME are printed by the unit printer. */
    void unit(Unit u) {
        throw new IllegalStateException("unit printing not available");
    }

    void expr(Expr e) {
        if (e instanceof Exprs.Ident x) {
            out.text(x.name());
        } else if (e instanceof Exprs.Apply x) {
            out.text(x.name());
            args(x.args());
        } else if (e instanceof Exprs.Qualified x) {
            for (int i = 0; i < x.segments().size(); i++) {
                Parts.Segment s = x.segments().get(i);
                out.text((i > 0 ? "!" : "") + s.name().text());
                if (!s.args().isEmpty()) {
                    args(s.args());
                }
            }
        } else if (e instanceof Exprs.OpApp x) {
            opApp(x);
        } else if (e instanceof Exprs.OpArg x) {
            out.text(x.spelling());
        } else if (e instanceof Exprs.NumberLit x) {
            out.text(x.spelling());
        } else if (e instanceof Exprs.StringLit x) {
            out.text(quote(x.value()));
        } else if (e instanceof Exprs.At x) {
            out.text("@");
        } else if (e instanceof Exprs.Paren x) {
            out.text("(");
            expr(x.inner());
            out.text(")");
        } else if (e instanceof Exprs.If x) {
            ifThenElse(x);
        } else if (e instanceof Exprs.Case x) {
            caseExpr(x);
        } else if (e instanceof Exprs.Let x) {
            let(x);
        } else if (e instanceof Exprs.Quant x) {
            out.text(x.spelling() + " ");
            bounds(x.bounds());
            out.text(" : ");
            expr(x.body());
        } else if (e instanceof Exprs.Choose x) {
            out.text("CHOOSE ");
            bound(x.bound());
            out.text(" : ");
            expr(x.body());
        } else if (e instanceof Exprs.SetEnum x) {
            out.text("{");
            list(x.elements());
            out.text("}");
        } else if (e instanceof Exprs.SetFilter x) {
            out.text("{");
            bound(x.bound());
            out.text(" : ");
            expr(x.predicate());
            out.text("}");
        } else if (e instanceof Exprs.SetMap x) {
            out.text("{");
            expr(x.element());
            out.text(" : ");
            bounds(x.bounds());
            out.text("}");
        } else if (e instanceof Exprs.Tuple x) {
            out.text("<<");
            list(x.elements());
            out.text(">>");
        } else if (e instanceof Exprs.FnCtor x) {
            out.text("[");
            bounds(x.bounds());
            out.text(" |-> ");
            expr(x.body());
            out.text("]");
        } else if (e instanceof Exprs.FnSet x) {
            out.text("[");
            expr(x.domain());
            out.text(" -> ");
            expr(x.codomain());
            out.text("]");
        } else if (e instanceof Exprs.RecordCtor x) {
            fields(x.fields(), " |-> ");
        } else if (e instanceof Exprs.RecordSet x) {
            fields(x.fields(), " : ");
        } else if (e instanceof Exprs.Except x) {
            except(x);
        } else if (e instanceof Exprs.FnApply x) {
            operand(x.function(), Parens.tightOperand(x.function()));
            out.text("[");
            list(x.args());
            out.text("]");
        } else if (e instanceof Exprs.FieldAccess x) {
            operand(x.record(), Parens.tightOperand(x.record()));
            out.text("." + x.field().text());
        } else if (e instanceof Exprs.ActionSub x) {
            out.text(x.angle() ? "<<" : "[");
            expr(x.action());
            out.text(x.angle() ? ">>_" : "]_");
            expr(x.subscript());
        } else if (e instanceof Exprs.Fairness x) {
            out.text(x.kind());
            expr(x.subscript());
            out.text("(");
            expr(x.action());
            out.text(")");
        } else if (e instanceof Exprs.Junction x) {
            junction(x);
        } else if (e instanceof Exprs.Lambda x) {
            out.text("LAMBDA " + String.join(", ", x.params().stream().map(Parts.Name::text).toList()) + " : ");
            expr(x.body());
        } else if (e instanceof Exprs.Label x) {
            out.text(x.name().text());
            if (!x.params().isEmpty()) {
                out.text("(" + String.join(", ", x.params().stream().map(Parts.Name::text).toList()) + ")");
            }
            out.text(" :: ");
            expr(x.body());
        } else if (e instanceof Exprs.StepRef x) {
            out.text(x.text());
        } else if (e instanceof Exprs.AssumeProve x) {
            assumeProve(x);
        } else if (e instanceof Exprs.ErrorExpr x) {
            out.text("(* syntax error *) FALSE");
        }
    }

    static String quote(String v) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private void opApp(Exprs.OpApp x) {
        switch (x.fixity()) {
            case PREFIX -> {
                Expr a = x.args().get(0);
                out.text(x.spelling());
                boolean word = Character.isLetter(x.spelling().charAt(0));
                boolean tight = !word && (a instanceof Exprs.Ident || a instanceof Exprs.NumberLit
                        || a instanceof Exprs.StringLit || a instanceof Exprs.Paren || a instanceof Exprs.Apply
                        || a instanceof Exprs.FnApply || a instanceof Exprs.Tuple || a instanceof Exprs.SetEnum
                        || a instanceof Exprs.SetFilter || a instanceof Exprs.SetMap || a instanceof Exprs.RecordCtor
                        || a instanceof Exprs.RecordSet || a instanceof Exprs.FnCtor || a instanceof Exprs.FnSet
                        || a instanceof Exprs.Except || a instanceof Exprs.ActionSub || a instanceof Exprs.Fairness
                        || a instanceof Exprs.Qualified || a instanceof Exprs.FieldAccess);
                if (!tight) {
                    out.text(" ");
                }
                operand(a, Parens.prefixOperand(x, a));
            }
            case POSTFIX -> {
                operand(x.args().get(0), Parens.tightOperand(x.args().get(0)));
                out.text(x.spelling());
            }
            default -> {
                // An operand ending in a junction list is closed by putting the operator left of its bullets.
                int start = out.column();
                boolean outdent = Layout.endsWithJunction(x.args().get(0));
                if (outdent) {
                    out.text(" ".repeat(x.spelling().length() + 1));
                }
                for (int i = 0; i < x.args().size(); i++) {
                    if (i > 0) {
                        if (Layout.endsWithJunction(x.args().get(i - 1))) {
                            out.newline(start);
                        } else if (out.column() > WRAP && !x.canonical().equals("/\\")
                                && !x.canonical().equals("\\/")) {
                            out.newline(start + (outdent ? x.spelling().length() + 1 : 0));
                        } else {
                            out.text(" ");
                        }
                        out.text(x.spelling() + " ");
                    }
                    operand(x.args().get(i), Parens.infixOperand(x, i));
                }
            }
        }
    }

    /** Synthetic trees may lack parentheses the grammar needs; parsed trees carry them as Paren nodes. */
    private void operand(Expr a, boolean parens) {
        if (parens) {
            out.text("(");
            expr(a);
            out.text(")");
        } else {
            expr(a);
        }
    }

    private void args(List<Expr> args) {
        out.text("(");
        list(args);
        out.text(")");
    }

    void list(List<Expr> es) {
        int col = out.column();
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                out.text(",");
                if (out.column() > WRAP) {
                    out.newline(col);
                } else {
                    out.text(" ");
                }
            }
            expr(es.get(i));
        }
    }

    void bounds(List<Parts.Bound> bs) {
        for (int i = 0; i < bs.size(); i++) {
            if (i > 0) {
                out.text(", ");
            }
            bound(bs.get(i));
        }
    }

    void bound(Parts.Bound b) {
        String names = String.join(", ", b.names().stream().map(Parts.Name::text).toList());
        out.text(b.tuple() ? "<<" + names + ">>" : names);
        if (b.set() != null) {
            out.text(" \\in ");
            expr(b.set());
        }
    }

    private void fields(List<Parts.Field> fs, String sep) {
        out.text("[");
        int col = out.column();
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                out.text(",");
                if (out.column() > WRAP) {
                    out.newline(col);
                } else {
                    out.text(" ");
                }
            }
            out.text(fs.get(i).name().text() + sep);
            expr(fs.get(i).value());
        }
        out.text("]");
    }

    private void except(Exprs.Except x) {
        out.text("[");
        expr(x.function());
        out.text(" EXCEPT ");
        for (int i = 0; i < x.clauses().size(); i++) {
            if (i > 0) {
                out.text(", ");
            }
            Parts.ExceptClause c = x.clauses().get(i);
            out.text("!");
            for (Parts.PathElem p : c.path()) {
                if (p instanceof Parts.FieldPath f) {
                    out.text("." + f.field().text());
                } else if (p instanceof Parts.IndexPath ip) {
                    out.text("[");
                    list(ip.indices());
                    out.text("]");
                }
            }
            out.text(" = ");
            expr(c.value());
        }
        out.text("]");
    }

    private void junction(Exprs.Junction j) {
        int col = out.column();
        for (int i = 0; i < j.items().size(); i++) {
            if (i > 0) {
                out.newline(col);
            }
            out.text(j.bullet() + " ");
            expr(j.items().get(i));
        }
    }

    private void ifThenElse(Exprs.If x) {
        int col = out.column();
        boolean multi = layout.multiLine(x);
        out.text("IF ");
        expr(x.cond());
        if (multi) {
            out.newline(col + 2);
        } else {
            out.text(" ");
        }
        out.text("THEN ");
        expr(x.then());
        if (multi) {
            out.newline(col + 2);
        } else {
            out.text(" ");
        }
        out.text("ELSE ");
        expr(x.otherwise());
    }

    private void caseExpr(Exprs.Case x) {
        int col = out.column();
        out.text("CASE ");
        boolean multi = layout.multiLine(x) || x.arms().size() + (x.other() == null ? 0 : 1) > 2;
        for (int i = 0; i < x.arms().size(); i++) {
            if (i > 0) {
                if (multi) {
                    out.newline(col + 2);
                } else {
                    out.text(" ");
                }
                out.text("[] ");
            }
            expr(x.arms().get(i).guard());
            out.text(" -> ");
            expr(x.arms().get(i).body());
        }
        if (x.other() != null) {
            if (multi) {
                out.newline(col + 2);
            } else {
                out.text(" ");
            }
            out.text("[] OTHER -> ");
            expr(x.other());
        }
    }

    private void let(Exprs.Let x) {
        int col = out.column();
        out.text("LET ");
        for (int i = 0; i < x.defs().size(); i++) {
            if (i > 0) {
                out.newline(col + 4);
            }
            unit(x.defs().get(i));
        }
        out.newline(col);
        out.text("IN  ");
        expr(x.body());
    }

    private void assumeProve(Exprs.AssumeProve x) {
        int col = out.column();
        boolean multi = layout.multiLine(x);
        out.text("ASSUME ");
        for (int i = 0; i < x.assumptions().size(); i++) {
            if (i > 0) {
                out.text(",");
                if (multi) {
                    out.newline(col + 7);
                } else {
                    out.text(" ");
                }
            }
            Node a = x.assumptions().get(i);
            if (a instanceof Expr e) {
                expr(e);
            } else if (a instanceof Unit u) {
                unit(u);
            }
        }
        if (multi) {
            out.newline(col);
        } else {
            out.text(" ");
        }
        out.text("PROVE  ");
        expr(x.goal());
    }
}

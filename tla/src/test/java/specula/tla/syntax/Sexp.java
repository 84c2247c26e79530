package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;

import java.util.List;
import java.util.stream.Collectors;

/** Compact prefix rendering of expressions for readable assertions: {@code (+ a (* b c))}. */
final class Sexp {
    private Sexp() {
    }

    static String of(Expr e) {
        if (e instanceof Exprs.Ident i) {
            return i.name();
        } else if (e instanceof Exprs.NumberLit n) {
            return n.spelling();
        } else if (e instanceof Exprs.StringLit s) {
            return ExprPrinter.quote(s.value());
        } else if (e instanceof Exprs.OpApp o) {
            String op = o.fixity() == Parts.Fixity.POSTFIX ? "post" + o.canonical() : o.canonical();
            return "(" + op + " " + all(o.args()) + ")";
        } else if (e instanceof Exprs.Apply a) {
            return "(" + a.name() + " " + all(a.args()) + ")";
        } else if (e instanceof Exprs.Paren p) {
            return of(p.inner());
        } else if (e instanceof Exprs.Junction j) {
            return "(" + (j.isConjunction() ? "AND" : "OR") + " " + all(j.items()) + ")";
        } else if (e instanceof Exprs.If i) {
            return "(IF " + of(i.cond()) + " " + of(i.then()) + " " + of(i.otherwise()) + ")";
        } else if (e instanceof Exprs.FnApply f) {
            return "(apply " + of(f.function()) + " " + all(f.args()) + ")";
        } else if (e instanceof Exprs.Tuple t) {
            return "<<" + t.elements().stream().map(Sexp::of).collect(Collectors.joining(" ")) + ">>";
        } else if (e instanceof Exprs.SetEnum s) {
            return "{" + s.elements().stream().map(Sexp::of).collect(Collectors.joining(" ")) + "}";
        } else if (e instanceof Exprs.Quant q) {
            return "(" + q.kind() + " " + q.bounds().stream().map(Sexp::bound).collect(Collectors.joining(" "))
                    + " " + of(q.body()) + ")";
        } else if (e instanceof Exprs.FieldAccess f) {
            return "(. " + of(f.record()) + " " + f.field().text() + ")";
        }
        return e.getClass().getSimpleName();
    }

    static String bound(Parts.Bound b) {
        String names = b.names().stream().map(Parts.Name::text).collect(Collectors.joining(" "));
        return "[" + (b.tuple() ? "<<" + names + ">>" : names) + (b.set() == null ? "" : " in " + of(b.set())) + "]";
    }

    private static String all(List<Expr> es) {
        return es.stream().map(Sexp::of).collect(Collectors.joining(" "));
    }
}

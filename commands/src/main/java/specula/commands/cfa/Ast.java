package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;

import java.util.ArrayList;
import java.util.List;

/** Builders for the expressions the transformation adds; they carry a synthetic range since they have no source. */
final class Ast {
    static final Range NOWHERE = new Range("<cfa>", 0, 0, 0, 0);

    private Ast() {
    }

    static Exprs.Ident id(String name) {
        return new Exprs.Ident(NOWHERE, name);
    }

    static Exprs.StringLit str(String s) {
        return new Exprs.StringLit(NOWHERE, s);
    }

    static Exprs.NumberLit num(int n) {
        return new Exprs.NumberLit(NOWHERE, Integer.toString(n));
    }

    static Expr primed(Expr e) {
        return new Exprs.OpApp(NOWHERE, "'", "'", Parts.Fixity.POSTFIX, List.of(e));
    }

    static Expr infix(String op, Expr a, Expr b) {
        return new Exprs.OpApp(NOWHERE, op, op, Parts.Fixity.INFIX, List.of(a, b));
    }

    static Expr eq(Expr a, Expr b) {
        return infix("=", a, b);
    }

    static Expr assign(String var, Expr value) {
        return eq(primed(id(var)), value);
    }

    static Expr unchanged(List<String> vars) {
        Expr arg = vars.size() == 1 ? id(vars.get(0)) : tuple(vars.stream().map(v -> (Expr) id(v)).toList());
        return new Exprs.OpApp(NOWHERE, "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX, List.of(arg));
    }

    static Expr tuple(List<Expr> es) {
        return new Exprs.Tuple(NOWHERE, List.copyOf(es));
    }

    static Expr apply(String name, List<Expr> args) {
        return args.isEmpty() ? id(name) : new Exprs.Apply(NOWHERE, name, List.copyOf(args));
    }

    static Expr record(List<String> names, List<Expr> values) {
        List<Parts.Field> fs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) fs.add(new Parts.Field(NOWHERE, name(names.get(i)), values.get(i)));
        return new Exprs.RecordCtor(NOWHERE, fs);
    }

    static Expr field(Expr rec, String f) {
        return new Exprs.FieldAccess(NOWHERE, rec, name(f));
    }

    static Expr index(Expr fn, Expr arg) {
        return new Exprs.FnApply(NOWHERE, fn, List.of(arg));
    }

    static Parts.Name name(String s) {
        return new Parts.Name(NOWHERE, s);
    }

    /** A {@code /\} list, flattening nested lists and dropping a list of one. */
    static Expr and(List<Expr> items) {
        List<Expr> flat = new ArrayList<>();
        for (Expr e : items) {
            if (e instanceof Exprs.Junction j && j.isConjunction()) flat.addAll(j.items());
            else flat.add(e);
        }
        if (flat.isEmpty()) return id("TRUE");
        return flat.size() == 1 ? flat.get(0) : new Exprs.Junction(NOWHERE, "/\\", flat);
    }

    static Expr or(List<Expr> items) {
        return items.size() == 1 ? items.get(0) : new Exprs.Junction(NOWHERE, "\\/", List.copyOf(items));
    }

    /** {@code stack[Len(stack)]}. */
    static Expr top() {
        return index(id("stack"), apply("Len", List.of(id("stack"))));
    }
}

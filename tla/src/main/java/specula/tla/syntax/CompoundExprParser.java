package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/** Bracketed and keyword-introduced expressions: sets, tuples, functions, records, EXCEPT, IF, CASE, LET, binders. */
abstract class CompoundExprParser extends ExprParser {

    CompoundExprParser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    @Override
    Expr compound(Token t) {
        if (t.kind() == Token.Kind.OP) {
            switch (t.text()) {
                case "{":
                    return inBrackets(this::setForm);
                case "<<":
                    return tupleForm();
                case "[":
                    return squareForm();
                case "\\A", "\\E":
                    return quantifier(true);
                case "\\AA", "\\EE":
                    return quantifier(false);
                default:
                    break;
            }
        } else if (t.kind() == Token.Kind.KEYWORD) {
            switch (t.text()) {
                case "IF":
                    return ifThenElse();
                case "CASE":
                    return caseExpr();
                case "LET":
                    return let();
                case "CHOOSE":
                    return choose();
                case "LAMBDA":
                    return lambda();
                case "WF_", "SF_":
                    return fairness();
                default:
                    break;
            }
        }
        throw error(t, "an expression");
    }

    private <T> T inBrackets(java.util.function.Supplier<T> body) {
        pushOffside(0);
        try {
            return body.get();
        } finally {
            popOffside();
        }
    }

    private Expr setForm() {
        Token open = advance();
        if (accept("}")) {
            return new Exprs.SetEnum(from(open), List.of());
        }
        Expr first = expr();
        if (at(":")) {
            advance();
            Parts.Bound bound = boundFromMembership(first);
            if (bound != null) {
                Expr pred = expr();
                expect("}");
                return new Exprs.SetFilter(from(open), bound, pred);
            }
            List<Parts.Bound> bounds = boundGroups();
            expect("}");
            return new Exprs.SetMap(from(open), first, bounds);
        }
        List<Expr> elems = new ArrayList<>();
        elems.add(first);
        while (accept(",")) {
            elems.add(expr());
        }
        expect("}");
        return new Exprs.SetEnum(from(open), List.copyOf(elems));
    }

    /** {@code x \in S} or {@code <<a, b>> \in S} read as an expression, turned into a binder; null otherwise. */
    private Parts.Bound boundFromMembership(Expr e) {
        if (!(e instanceof Exprs.OpApp app) || !app.canonical().equals("\\in") || app.args().size() != 2) {
            return null;
        }
        Expr lhs = app.args().get(0);
        if (lhs instanceof Exprs.Ident id) {
            return new Parts.Bound(app.range(), List.of(new Parts.Name(id.range(), id.name())), false,
                    app.args().get(1));
        }
        if (lhs instanceof Exprs.Tuple tup && tup.elements().stream().allMatch(x -> x instanceof Exprs.Ident)) {
            List<Parts.Name> names = tup.elements().stream()
                    .map(x -> new Parts.Name(x.range(), ((Exprs.Ident) x).name())).toList();
            return new Parts.Bound(app.range(), names, true, app.args().get(1));
        }
        return null;
    }

    private Expr tupleForm() {
        Token open = peek();
        List<Expr> elems = inBrackets(() -> {
            advance();
            if (at(">>") || at(">>_")) {
                return List.<Expr>of();
            }
            List<Expr> l = exprList();
            if (!at(">>") && !at(">>_")) {
                throw error(peek(), "\">>\"");
            }
            return l;
        });
        Token close = advance();
        Expr tuple = new Exprs.Tuple(from(open), elems);
        if (close.text().equals(">>_")) {
            Expr sub = subscript();
            Expr action = elems.size() == 1 ? elems.get(0) : tuple;
            return new Exprs.ActionSub(from(open), action, sub, true);
        }
        return tuple;
    }

    /** The {@code v} of {@code [A]_v}, {@code <<A>>_v}, {@code WF_v(A)}: a name (with ! path), tuple or parenthesis. */
    private Expr subscript() {
        Token t = peek();
        if (t.kind() == Token.Kind.IDENT) {
            Token first = advance();
            List<Parts.Segment> segs = new ArrayList<>();
            segs.add(new Parts.Segment(range(first), new Parts.Name(range(first), first.text()), List.of()));
            while (at("!") && rawAt(1).kind() == Token.Kind.IDENT) {
                advance();
                Token n = advance();
                segs.add(new Parts.Segment(range(n), new Parts.Name(range(n), n.text()), List.of()));
            }
            return segs.size() == 1 ? new Exprs.Ident(range(first), first.text())
                    : new Exprs.Qualified(from(first), List.copyOf(segs));
        }
        if (t.is("<<")) {
            return tupleForm();
        }
        if (t.is("(")) {
            advance();
            Expr inner = inBrackets(this::expr);
            expect(")");
            return new Exprs.Paren(from(t), inner);
        }
        throw error(t, "a subscript (a name, a tuple or a parenthesized expression)");
    }

    private Expr squareForm() {
        Token open = peek();
        Expr e = inBrackets(() -> {
            advance();
            Token t = peek();
            if (t.kind() == Token.Kind.IDENT && rawAt(1).is("|->")) {
                return new Exprs.RecordCtor(null, fields("|->"));
            }
            if (t.kind() == Token.Kind.IDENT && rawAt(1).is(":")) {
                return new Exprs.RecordSet(null, fields(":"));
            }
            if (isBoundStart()) {
                List<Parts.Bound> bounds = boundGroups();
                expect("|->");
                return new Exprs.FnCtor(null, bounds, expr());
            }
            context.push("bracket");
            try {
                Expr first = expr();
                if (accept("->")) {
                    Expr codomain = expr();
                    if (at(",") && (first instanceof Exprs.Ident)) {
                        ParseError err = error(peek(), "\"]\"");
                        throw new ParseError(err.diagnostic.withHint("a record is written [a |-> 1, b |-> 2]:"
                                + " use |-> , not ->, between a field and its value"));
                    }
                    return new Exprs.FnSet(null, first, codomain);
                }
                if (at("EXCEPT")) {
                    advance();
                    return new Exprs.Except(null, first, exceptClauses());
                }
                if (at("]_")) {
                    return new Exprs.ActionSub(null, first, null, false);
                }
                throw error(peek(), "\"->\", \"EXCEPT\" or \"]_\"");
            } finally {
                context.pop();
            }
        });
        if (e instanceof Exprs.ActionSub a) {
            expect("]_");
            Expr sub = subscript();
            return new Exprs.ActionSub(from(open), a.action(), sub, false);
        }
        expect("]");
        if (e instanceof Exprs.RecordCtor r) {
            return new Exprs.RecordCtor(from(open), r.fields());
        } else if (e instanceof Exprs.RecordSet r) {
            return new Exprs.RecordSet(from(open), r.fields());
        } else if (e instanceof Exprs.FnCtor f) {
            return new Exprs.FnCtor(from(open), f.bounds(), f.body());
        } else if (e instanceof Exprs.FnSet f) {
            return new Exprs.FnSet(from(open), f.domain(), f.codomain());
        } else if (e instanceof Exprs.Except x) {
            return new Exprs.Except(from(open), x.function(), x.clauses());
        }
        return e;
    }

    private List<Parts.Field> fields(String sep) {
        List<Parts.Field> out = new ArrayList<>();
        do {
            Token name = expectIdent();
            expect(sep);
            Expr v = expr();
            out.add(new Parts.Field(from(name), new Parts.Name(range(name), name.text()), v));
        } while (accept(","));
        return List.copyOf(out);
    }

    private List<Parts.ExceptClause> exceptClauses() {
        List<Parts.ExceptClause> out = new ArrayList<>();
        do {
            Token bang = expect("!");
            List<Parts.PathElem> path = new ArrayList<>();
            while (true) {
                if (at(".")) {
                    advance();
                    Token f = expectIdent();
                    path.add(new Parts.FieldPath(new Parts.Name(range(f), f.text())));
                } else if (at("[")) {
                    advance();
                    List<Expr> idx = exprList();
                    expect("]");
                    path.add(new Parts.IndexPath(idx));
                } else {
                    break;
                }
            }
            if (path.isEmpty()) {
                throw error(peek(), "\".\" or \"[\"");
            }
            expect("=");
            Expr v = expr();
            out.add(new Parts.ExceptClause(from(bang), List.copyOf(path), v));
        } while (accept(","));
        return List.copyOf(out);
    }

    /** {@code x, y \in} or {@code <<a, b>> \in} ahead. */
    boolean isBoundStart() {
        int k = 0;
        if (rawAt(0).is("<<")) {
            k = 1;
            while (rawAt(k).kind() == Token.Kind.IDENT && rawAt(k + 1).is(",")) {
                k += 2;
            }
            return rawAt(k).kind() == Token.Kind.IDENT && rawAt(k + 1).is(">>") && rawAt(k + 2).is("\\in");
        }
        while (rawAt(k).kind() == Token.Kind.IDENT && rawAt(k + 1).is(",")) {
            k += 2;
        }
        return rawAt(k).kind() == Token.Kind.IDENT && rawAt(k + 1).is("\\in");
    }

    /** {@code x, y \in S, <<a, b>> \in T}: one or more bounded groups. */
    List<Parts.Bound> boundGroups() {
        List<Parts.Bound> out = new ArrayList<>();
        do {
            out.add(boundGroup(true));
        } while (accept(","));
        return List.copyOf(out);
    }

    /** One group; with {@code required} false the {@code \in S} part is optional. */
    Parts.Bound boundGroup(boolean required) {
        Token first = peek();
        List<Parts.Name> names = new ArrayList<>();
        boolean tuple = false;
        if (at("<<")) {
            advance();
            tuple = true;
            do {
                Token n = expectIdent();
                names.add(new Parts.Name(range(n), n.text()));
            } while (accept(","));
            expect(">>");
        } else {
            Token n = expectIdent();
            names.add(new Parts.Name(range(n), n.text()));
            while (at(",") && rawAt(1).kind() == Token.Kind.IDENT && !required) {
                advance();
                Token m = advance();
                names.add(new Parts.Name(range(m), m.text()));
            }
            while (required && at(",")) {
                advance();
                Token m = expectIdent();
                names.add(new Parts.Name(range(m), m.text()));
            }
        }
        Expr set = null;
        if (required || at("\\in")) {
            expect("\\in");
            set = expr();
        }
        return new Parts.Bound(from(first), List.copyOf(names), tuple, set);
    }

    private Expr quantifier(boolean mayBeBounded) {
        Token q = advance();
        List<Parts.Bound> bounds;
        if (mayBeBounded && isBoundStart()) {
            bounds = boundGroups();
        } else {
            bounds = List.of(boundGroup(false));
            if (bounds.get(0).set() != null) {
                throw error(previous(), "\":\"");
            }
        }
        expect(":");
        Expr body = expr();
        return new Exprs.Quant(from(q), q.text(), q.text(), bounds, body);
    }

    private Expr choose() {
        Token c = advance();
        Parts.Bound b;
        if (at("<<")) {
            b = boundGroup(false);
        } else {
            Token n = expectIdent();
            Expr set = null;
            if (accept("\\in")) {
                set = expr();
            }
            b = new Parts.Bound(from(n), List.of(new Parts.Name(range(n), n.text())), false, set);
        }
        expect(":");
        return new Exprs.Choose(from(c), b, expr());
    }

    private Expr lambda() {
        Token l = advance();
        List<Parts.Name> params = new ArrayList<>();
        do {
            Token n = expectIdent();
            params.add(new Parts.Name(range(n), n.text()));
        } while (accept(","));
        expect(":");
        return new Exprs.Lambda(from(l), List.copyOf(params), expr());
    }

    private Expr ifThenElse() {
        Token i = advance();
        context.push("IF");
        try {
            Expr c = expr();
            expect("THEN");
            Expr t = expr();
            context.push("ELSE");
            try {
                expect("ELSE");
            } finally {
                context.pop();
            }
            Expr e = expr();
            return new Exprs.If(from(i), c, t, e);
        } finally {
            context.pop();
        }
    }

    private Expr caseExpr() {
        Token c = advance();
        context.push("CASE");
        try {
            List<Parts.CaseArm> arms = new ArrayList<>();
            Expr other = null;
            do {
                if (at("OTHER")) {
                    advance();
                    expect("->");
                    other = expr();
                    break;
                }
                Token a = peek();
                Expr guard = expr();
                expect("->");
                Expr body = expr();
                arms.add(new Parts.CaseArm(from(a), guard, body));
            } while (accept("[]"));
            return new Exprs.Case(from(c), List.copyOf(arms), other);
        } finally {
            context.pop();
        }
    }

    private Expr let() {
        Token l = advance();
        context.push("LET");
        try {
            List<Unit> defs = new ArrayList<>();
            do {
                defs.add(letDefinition());
            } while (!at("IN"));
            advance();
            Expr body = expr();
            return new Exprs.Let(from(l), List.copyOf(defs), body);
        } finally {
            context.pop();
        }
    }

    private Expr fairness() {
        Token k = advance();
        Expr sub = subscript();
        expect("(");
        Expr action = inBrackets(this::expr);
        expect(")");
        return new Exprs.Fairness(from(k), k.text(), sub, action);
    }
}

package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Operator-precedence layer: infix operators by SANY's precedence ranges, prefix and postfix operators, junction
 * lists, names with arguments and {@code !} paths, labels. Compound forms live in {@link CompoundExprParser}.
 */
abstract class ExprParser extends ParserBase {

    ExprParser(String file, List<Token> tokens) {
        super(file, tokens);
    }

    abstract Expr compound(Token t);

    abstract Unit letDefinition();

    Expr expr() {
        return binary(null, false);
    }

    /**
     * Parses an operand followed by the infix operators that bind tighter than {@code ctx}, the operator to the left
     * (null at the start of an expression). Overlapping ranges that are not the same left-associative range are a
     * precedence conflict, except next to a prefix operator, where the prefix operator is applied first.
     */
    private Expr binary(Operators.Info ctx, boolean ctxPrefix) {
        Token first = peek();
        Expr left = unary();
        boolean naryTimes = false;
        while (true) {
            Token t = peek();
            Operators.Info op = infixAt(t);
            if (op == null) {
                return left;
            }
            if (ctx != null && !(op.lo() > ctx.hi())) {
                // SANY: the left operator applies first if it binds tighter, or if it is the same
                // left-associative infix operator; anything else overlapping is a conflict.
                if (op.hi() < ctx.lo()) {
                    return left;
                }
                if (!ctxPrefix && ctx.canonical().equals(op.canonical()) && ctx.leftAssoc()) {
                    return left;
                }
                throw conflict(ctx, op, t);
            }
            advance();
            Expr right = binary(op, false);
            Range r = from(first);
            String canon = op.canonical();
            if (canon.equals("\\X") && naryTimes && left instanceof Exprs.OpApp prev) {
                List<Expr> args = new ArrayList<>(prev.args());
                args.add(right);
                left = new Exprs.OpApp(r, prev.spelling(), canon, Parts.Fixity.INFIX, List.copyOf(args));
            } else {
                left = new Exprs.OpApp(r, t.text(), canon, Parts.Fixity.INFIX, List.of(left, right));
                naryTimes = canon.equals("\\X");
            }
        }
    }

    private ParseError conflict(Operators.Info left, Operators.Info right, Token at) {
        ParseError e = errorWithCode(at, "E_PRECEDENCE", "Precedence conflict between ops " + left.canonical()
                + " and " + right.canonical() + " at line " + at.line() + ", column " + at.column());
        return new ParseError(e.diagnostic.withHint("operators " + left.canonical() + " and " + right.canonical()
                + " have overlapping precedence: add parentheses to say which applies first"));
    }

    /** Infix reading of a token, or null; {@code -} is infix here since an operand precedes it. */
    protected Operators.Info infixAt(Token t) {
        if (t.kind() != Token.Kind.OP) {
            return null;
        }
        return Operators.infix(t.text());
    }

    private Expr unary() {
        Token t = peek();
        Operators.Info pre = prefixAt(t);
        if (pre != null) {
            advance();
            Token operandStart = peek();
            Expr operand = binary(pre, true);
            Expr direct = operand;
            while (direct instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.POSTFIX
                    && o.args().get(0) instanceof Exprs.OpApp inner && inner.fixity() == Parts.Fixity.POSTFIX) {
                direct = inner;
            }
            // SANY compares a prefix operator with a postfix one on its operand: [] (4-15) and ' (15) conflict.
            if (pre.hi() >= 15 && direct instanceof Exprs.OpApp o && o.fixity() == Parts.Fixity.POSTFIX
                    && startsAt(o, operandStart)) {
                Operators.Info post = Operators.postfix(o.spelling());
                throw conflict(pre, post, operandStart);
            }
            return new Exprs.OpApp(from(t), t.text(), pre.canonical(), Parts.Fixity.PREFIX, List.of(operand));
        }
        if (t.kind() == Token.Kind.OP && isBullet(t.text())) {
            return junction();
        }
        return postfix(t, primary());
    }

    private static boolean startsAt(Expr e, Token t) {
        return e.range().line() == t.line() && e.range().column() == t.column();
    }

    private Operators.Info prefixAt(Token t) {
        if (t.kind() != Token.Kind.OP && t.kind() != Token.Kind.KEYWORD) {
            return null;
        }
        return Operators.prefix(t.text());
    }

    /** Bullets at one column form a list; each item ends at the first token at or left of that column. */
    private Expr junction() {
        Token bullet = peek();
        int col = bullet.column();
        List<Expr> items = new ArrayList<>();
        context.push("junction");
        try {
            while (true) {
                advance();
                pushOffside(col);
                try {
                    items.add(expr());
                } finally {
                    popOffside();
                }
                Token next = peek();
                if (!(next.kind() == Token.Kind.OP && isBullet(next.text()) && next.column() == col
                        && Operators.canonical(next.text()).equals(Operators.canonical(bullet.text())))) {
                    break;
                }
            }
        } finally {
            context.pop();
        }
        return new Exprs.Junction(from(bullet), bullet.text(), List.copyOf(items));
    }

    /** SANY lexes \land and \lor as the same tokens as the bullets. */
    private static boolean isBullet(String s) {
        return s.equals("/\\") || s.equals("\\/") || s.equals("\\land") || s.equals("\\lor");
    }

    private Expr postfix(Token first, Expr e) {
        while (true) {
            Token t = peek();
            if (t.kind() != Token.Kind.OP) {
                return e;
            }
            switch (t.text()) {
                case "[" -> {
                    advance();
                    pushOffside(0);
                    List<Expr> args;
                    try {
                        args = exprList();
                        expect("]");
                    } finally {
                        popOffside();
                    }
                    e = new Exprs.FnApply(from(first), e, args);
                }
                case "." -> {
                    if (rawAt(1).kind() != Token.Kind.IDENT && rawAt(1).kind() != Token.Kind.KEYWORD) {
                        return e;
                    }
                    advance();
                    Token f = advance();
                    e = new Exprs.FieldAccess(from(first), e, new Parts.Name(range(f), f.text()));
                }
                case "'", "^+", "^*", "^#" -> {
                    advance();
                    e = new Exprs.OpApp(from(first), t.text(), t.text(), Parts.Fixity.POSTFIX, List.of(e));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    List<Expr> exprList() {
        List<Expr> out = new ArrayList<>();
        out.add(expr());
        while (accept(",")) {
            out.add(expr());
        }
        return List.copyOf(out);
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case IDENT:
                if (isLabelStart()) {
                    return label();
                }
                return nameExpr();
            case NUMBER:
                advance();
                return new Exprs.NumberLit(range(t), t.text());
            case STRING:
                advance();
                return new Exprs.StringLit(range(t), t.text());
            case STEP:
                advance();
                return new Exprs.StepRef(range(t), t.text());
            case OP:
                if (t.text().equals("<") && rawAt(1).kind() == Token.Kind.NUMBER
                        && rawAt(1).line() == t.line() && rawAt(1).column() == t.column() + 1) {
                    advance(); // SANY reads "<3" where an expression starts as a malformed step name
                    throw error(peek(), "\"Step number\"");
                }
                if (t.text().equals("@")) {
                    advance();
                    return new Exprs.At(range(t));
                }
                if (t.text().equals("(")) {
                    advance();
                    pushOffside(0);
                    Expr inner;
                    try {
                        inner = expr();
                        expect(")");
                    } finally {
                        popOffside();
                    }
                    return new Exprs.Paren(from(t), inner);
                }
                return compound(t);
            case KEYWORD:
                return compound(t);
            default:
                throw error(t, "an expression");
        }
    }

    /** {@code lab ::} or {@code lab(p, q) ::}. */
    private boolean isLabelStart() {
        if (rawAt(1).is("::")) {
            return true;
        }
        if (!rawAt(1).is("(")) {
            return false;
        }
        int k = 2;
        while (rawAt(k).kind() == Token.Kind.IDENT && (rawAt(k + 1).is(",") || rawAt(k + 1).is(")"))) {
            if (rawAt(k + 1).is(")")) {
                return rawAt(k + 2).is("::");
            }
            k += 2;
        }
        return false;
    }

    private Expr label() {
        Token name = advance();
        List<Parts.Name> params = new ArrayList<>();
        if (accept("(")) {
            do {
                Token p = expectIdent();
                params.add(new Parts.Name(range(p), p.text()));
            } while (accept(","));
            expect(")");
        }
        expect("::");
        Expr body = expr();
        return new Exprs.Label(from(name), new Parts.Name(range(name), name.text()), List.copyOf(params), body);
    }

    /** {@code x}, {@code F(a)}, {@code M!F(a)!G}, {@code I(x)!Op}. */
    Expr nameExpr() {
        Token first = peek();
        List<Parts.Segment> segs = new ArrayList<>();
        segs.add(segment(advance()));
        while (at("!")) {
            advance();
            Token n = peek();
            if (n.kind() == Token.Kind.IDENT || n.kind() == Token.Kind.NUMBER
                    || (n.kind() == Token.Kind.OP && !n.is("(") && !n.is("[") && !n.is("<<"))) {
                segs.add(segment(advance()));
            } else if (n.is("<<") || n.is(">>") || n.is(":") || n.is("@")) {
                segs.add(segment(advance()));
            } else if (n.is("(")) { // TLAPS positional instantiation: Inv!(q)
                segs.add(argsOnlySegment(n));
            } else {
                throw error(n, "an identifier after \"!\"");
            }
        }
        if (segs.size() == 1) {
            Parts.Segment s = segs.get(0);
            return s.args().isEmpty() ? new Exprs.Ident(s.range(), s.name().text())
                    : new Exprs.Apply(s.range(), s.name().text(), s.args());
        }
        return new Exprs.Qualified(from(first), List.copyOf(segs));
    }

    private Parts.Segment argsOnlySegment(Token open) {
        advance();
        pushOffside(0);
        List<Expr> args;
        try {
            args = argList();
            expect(")");
        } finally {
            popOffside();
        }
        return new Parts.Segment(from(open), new Parts.Name(range(open), ""), args);
    }

    private Parts.Segment segment(Token name) {
        List<Expr> args = List.of();
        if (at("(")) {
            advance();
            pushOffside(0);
            try {
                args = argList();
                expect(")");
            } finally {
                popOffside();
            }
        }
        return new Parts.Segment(from(name), new Parts.Name(range(name), name.text()), args);
    }

    /** Arguments may be operator symbols ({@code F(+, \cup)}) besides expressions. */
    private List<Expr> argList() {
        List<Expr> out = new ArrayList<>();
        do {
            Token t = peek();
            Token after = rawAt(1);
            boolean symbol = t.kind() == Token.Kind.OP && (after.is(",") || after.is(")"))
                    && (Operators.infix(t.text()) != null || Operators.prefix(t.text()) != null
                        || Operators.postfix(t.text()) != null);
            if (symbol) {
                advance();
                out.add(new Exprs.OpArg(range(t), t.text(), Operators.canonical(t.text())));
            } else {
                out.add(expr());
            }
        } while (accept(","));
        return List.copyOf(out);
    }
}

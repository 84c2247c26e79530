package specula.tla.syntax.ast;

import java.math.BigInteger;
import java.util.List;

/** The expression records. */
public final class Exprs {
    private Exprs() {
    }

    public record Ident(Range range, String name) implements Expr {
    }

    /** {@code F(a, b)} for a user-defined (or not yet resolved) operator name. */
    public record Apply(Range range, String name, List<Expr> args) implements Expr {
    }

    /** {@code M!Op}, {@code M!Op(a)}, {@code I(x)!Op}: at least two segments. */
    public record Qualified(Range range, List<Parts.Segment> segments) implements Expr {
    }

    /**
     * A built-in or user-definable symbolic operator applied to operands. {@code spelling} is the source text
     * (such as the long spelling of cup), {@code canonical} the name shared by synonyms ({@code \cup}); prefix minus is {@code -.}.
     */
    public record OpApp(Range range, String spelling, String canonical, Parts.Fixity fixity, List<Expr> args)
            implements Expr {
    }

    /** An operator symbol passed as an argument, e.g. {@code F(+, x)}. */
    public record OpArg(Range range, String spelling, String canonical) implements Expr {
    }

    /** A numeral as written: {@code 42}, {@code 1.5}, {@code \b1010}, {@code \o17}, {@code \h1F}. */
    public record NumberLit(Range range, String spelling) implements Expr {
        public boolean isDecimal() {
            return spelling.indexOf('.') >= 0;
        }

        public BigInteger integerValue() {
            if (spelling.startsWith("\\")) {
                int radix = switch (Character.toLowerCase(spelling.charAt(1))) {
                    case 'b' -> 2;
                    case 'o' -> 8;
                    default -> 16;
                };
                return new BigInteger(spelling.substring(2), radix);
            }
            return new BigInteger(isDecimal() ? spelling.substring(0, spelling.indexOf('.')) : spelling);
        }
    }

    /** A string literal; {@code value} has escapes resolved. */
    public record StringLit(Range range, String value) implements Expr {
    }

    /** {@code @} inside EXCEPT. */
    public record At(Range range) implements Expr {
    }

    public record Paren(Range range, Expr inner) implements Expr {
    }

    public record If(Range range, Expr cond, Expr then, Expr otherwise) implements Expr {
    }

    /** {@code other} is null without an OTHER arm. */
    public record Case(Range range, List<Parts.CaseArm> arms, Expr other) implements Expr {
    }

    public record Let(Range range, List<Unit> defs, Expr body) implements Expr {
    }

    /** {@code \A}, {@code \E} (bounded or not), {@code \AA}, {@code \EE}; {@code kind} is the canonical symbol. */
    public record Quant(Range range, String spelling, String kind, List<Parts.Bound> bounds, Expr body)
            implements Expr {
    }

    public record Choose(Range range, Parts.Bound bound, Expr body) implements Expr {
    }

    public record SetEnum(Range range, List<Expr> elements) implements Expr {
    }

    /** {@code {x \in S : P}}. */
    public record SetFilter(Range range, Parts.Bound bound, Expr predicate) implements Expr {
    }

    /** {@code {e : x \in S, y \in T}}. */
    public record SetMap(Range range, Expr element, List<Parts.Bound> bounds) implements Expr {
    }

    public record Tuple(Range range, List<Expr> elements) implements Expr {
    }

    /** {@code [x \in S |-> e]}. */
    public record FnCtor(Range range, List<Parts.Bound> bounds, Expr body) implements Expr {
    }

    /** {@code [S -> T]}. */
    public record FnSet(Range range, Expr domain, Expr codomain) implements Expr {
    }

    public record RecordCtor(Range range, List<Parts.Field> fields) implements Expr {
    }

    public record RecordSet(Range range, List<Parts.Field> fields) implements Expr {
    }

    public record Except(Range range, Expr function, List<Parts.ExceptClause> clauses) implements Expr {
    }

    /** {@code f[a, b]}. */
    public record FnApply(Range range, Expr function, List<Expr> args) implements Expr {
    }

    /** {@code r.field}. */
    public record FieldAccess(Range range, Expr record, Parts.Name field) implements Expr {
    }

    /** {@code [A]_v} ({@code angle} false) or {@code <<A>>_v} ({@code angle} true). */
    public record ActionSub(Range range, Expr action, Expr subscript, boolean angle) implements Expr {
    }

    /** {@code WF_v(A)} / {@code SF_v(A)}; {@code kind} is {@code WF_} or {@code SF_}. */
    public record Fairness(Range range, String kind, Expr subscript, Expr action) implements Expr {
    }

    /** An aligned bullet list of {@code /\} or {@code \/}; {@code bullet} is the spelling; its column is the range's. */
    public record Junction(Range range, String bullet, List<Expr> items) implements Expr {
        public boolean isConjunction() {
            return bullet.equals("/\\") || bullet.equals("\\land");
        }
    }

    public record Lambda(Range range, List<Parts.Name> params, Expr body) implements Expr {
    }

    /** {@code lab(x, y) :: e}. */
    public record Label(Range range, Parts.Name name, List<Parts.Name> params, Expr body) implements Expr {
    }

    /** A proof step name used as a fact or expression, e.g. {@code <1>2}. */
    public record StepRef(Range range, String text) implements Expr {
    }

    /**
     * {@code ASSUME a, NEW x \in S PROVE g}. Assumptions are expressions, declarations ({@link Unit.NewDecl}) or
     * definitions, hence {@link Node}.
     */
    public record AssumeProve(Range range, List<Node> assumptions, Expr goal) implements Expr {
    }

    /** Stands for the part of a partial tree that failed to parse. */
    public record ErrorExpr(Range range) implements Expr {
    }
}

package specula.tla.syntax.ast;

import java.util.List;

/** Small building blocks shared by expressions, units and proofs. */
public final class Parts {
    private Parts() {
    }

    /** An identifier or operator symbol as written at a binding or reference site. */
    public record Name(Range range, String text) implements Node {
    }

    /** Bound names ({@code x, y \in S} or {@code <<a, b>> \in S}); {@code set} is null when unbounded. */
    public record Bound(Range range, List<Name> names, boolean tuple, Expr set) implements Node {
    }

    /** How a declared or defined operator is written. */
    public enum Fixity { NAME, PREFIX, INFIX, POSTFIX }

    /** A declared operator: {@code C}, {@code F(_, _)}, {@code _ ** _}, {@code -. _}, {@code _ ^+}. */
    public record OpDecl(Range range, Name name, int arity, Fixity fixity) implements Node {
    }

    /** A definition parameter; arity 0 for ordinary ones, n for {@code F(_, _)}, 2 for {@code _ + _}. */
    public record Param(Range range, Name name, int arity, Fixity fixity) implements Node {
    }

    /** {@code name |-> value} in a record or {@code name : set} in a record set. */
    public record Field(Range range, Name name, Expr value) implements Node {
    }

    public record CaseArm(Range range, Expr guard, Expr body) implements Node {
    }

    /** One step of an EXCEPT path: a field ({@code .a}) or an index ({@code [e1, e2]}). */
    public sealed interface PathElem permits FieldPath, IndexPath {
    }

    public record FieldPath(Name field) implements PathElem {
    }

    public record IndexPath(List<Expr> indices) implements PathElem {
    }

    /** {@code !path = value}. */
    public record ExceptClause(Range range, List<PathElem> path, Expr value) implements Node {
    }

    /** {@code name <- expr} in INSTANCE ... WITH; name may be an operator symbol. */
    public record Substitution(Range range, Name name, Expr value) implements Node {
    }

    /** One segment of {@code A(x)!B!C(y)}. */
    public record Segment(Range range, Name name, List<Expr> args) implements Node {
    }

    /** A comment as written, delimiters included. */
    public record Comment(Range range, String text) implements Node {
    }
}

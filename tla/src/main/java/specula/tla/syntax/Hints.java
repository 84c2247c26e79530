package specula.tla.syntax;

import java.util.Deque;
import java.util.List;

/** One-line plain-language hints for the syntax mistakes LLM-written specs make most. */
final class Hints {
    private Hints() {
    }

    /** Hint from the construct being parsed when {@code t} was met. */
    static String forToken(Token t, String expected, Deque<String> context, Token previous) {
        if (t.kind() == Token.Kind.EOF) {
            return "the module is not closed: end it with a line of ==== (and check for an unclosed bracket)";
        }
        if (t.kind() == Token.Kind.IDENT && t.text().equals("o") && previous != null
                && previous.kind() != Token.Kind.OP) {
            return "sequence concatenation is written \\o (or \\circ), not o";
        }
        if (t.is("->") && expected != null && (expected.contains("|->") || !expected.contains("->"))) {
            return "records and functions map with |-> ([a |-> 1], [x \\in S |-> e]); -> is only for [S -> T]";
        }
        String top = context.peek();
        if ("ELSE".equals(top)) {
            return "IF ... THEN ... needs an ELSE branch: TLA+ has no IF without ELSE";
        }
        if ((t.is("/\\") || t.is("\\/")) && t.kind() == Token.Kind.END) {
            return "a /\\ or \\/ bullet must be followed by an expression; a comment alone does not count";
        }
        if (t.kind() == Token.Kind.END && (t.text().equals("/\\") || t.text().equals("\\/"))) {
            return "a /\\ or \\/ bullet must be followed by an expression; a comment alone does not count";
        }
        if ("LET".equals(top) && expected != null && expected.contains("IN")) {
            return "LET definitions must be followed by IN and the expression they are used in";
        }
        if (t.is(")") || t.is("]") || t.is("}") || t.is(">>")) {
            return "unbalanced brackets: this " + t.text() + " has no matching opening bracket here";
        }
        if ("bracket".equals(top) && (expected != null && expected.contains("]"))) {
            return "unbalanced brackets: a [ is not closed";
        }
        return null;
    }

    /** Hint for a module-level token that cannot start a unit. */
    static String forUnitStart(ModuleParser p, Token t) {
        if (t.kind() == Token.Kind.IDENT && t.text().equals("o") && t.column() > 1) {
            return "sequence concatenation is written \\o (or \\circ), not o";
        }
        List<Token> line = p.restOfLine(t);
        for (int i = 1; i < line.size(); i++) {
            Token x = line.get(i);
            if (x.is("==")) {
                break;
            }
            if (x.is("=") && t.column() == 1) {
                return "a definition is written Name == expression; = is equality";
            }
        }
        if (t.kind() == Token.Kind.KEYWORD && (t.text().equals("THEN") || t.text().equals("ELSE"))) {
            return "this " + t.text() + " belongs to no IF: check the IF ... THEN ... ELSE above";
        }
        for (Token x : line) {
            if (x.is("->")) {
                return "a CASE arm after the first must start with []";
            }
        }
        if (t.is(")") || t.is("]") || t.is("}") || t.is(">>")) {
            return "unbalanced brackets: this " + t.text() + " has no matching opening bracket";
        }
        if (t.column() > 1) {
            return "the definition above ended early; check for an unbalanced bracket or a missing operator";
        }
        return null;
    }
}

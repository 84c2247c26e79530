package specula.tla.syntax;

import java.util.Deque;
import java.util.List;

/** One-line plain-language hints for the syntax mistakes LLM-written specs make most. */
final class Hints {
    private Hints() {
    }

    /** Hint from the construct being parsed when {@code t} was met. */
    static String forToken(Token t, String expected, Deque<String> context, Token previous, List<Token> line) {
        if (t.kind() == Token.Kind.EOF) {
            return "the module is not closed: end it with a line of ==== (and check for an unclosed bracket)";
        }
        if (t.kind() == Token.Kind.IDENT && t.text().equals("o")) {
            return "sequence concatenation is written \\o (or \\circ), not o";
        }
        if (t.is("->") && expected != null && (expected.contains("|->") || !expected.contains("->"))) {
            return "records and functions map with |-> ([a |-> 1], [x \\in S |-> e]); -> is only for [S -> T]";
        }
        if (t.is("!") && line.size() > 1 && line.get(1).is("=") && line.get(1).column() == t.column() + 1) {
            return "not-equal is written /= (or #), not !=";
        }
        if (t.is("==") && context.isEmpty() == false) {
            return "== defines an operator; compare values with =";
        }
        if (previous != null && previous.is("[]")) {
            return "the empty sequence is written <<>>; [] is the \"always\" operator";
        }
        String top = context.peek();
        boolean closerExpected = expected != null && (expected.equals("\")\"") || expected.equals("\"]\"")
                || expected.equals("\"}\"") || expected.equals("\">>\""));
        if ((context.contains("CASE") || closerExpected) && line.stream().skip(1).anyMatch(x -> x.is("->"))
                && !line.get(0).is("->")) {
            return "a CASE arm after the first must start with []";
        }
        if ("ELSE".equals(top)) {
            return "IF ... THEN ... needs an ELSE branch: TLA+ has no IF without ELSE";
        }
        boolean emptyItem = t.kind() == Token.Kind.END && previous != null
                && (previous.is("/\\") || previous.is("\\/") || previous.is("\\land") || previous.is("\\lor"));
        if (!emptyItem && context.contains("LET")
                && (t.kind() == Token.Kind.END || (expected != null && expected.contains("IN")))) {
            return "LET definitions must be followed by IN and the expression they are used in";
        }
        if (t.kind() == Token.Kind.KEYWORD && (t.text().equals("THEN") || t.text().equals("ELSE"))
                && ("an expression".equals(expected) || (!"IF".equals(top) && !"ELSE".equals(top)))) {
            return "this " + t.text() + " belongs to no IF: check the IF ... THEN ... ELSE around it";
        }
        if (emptyItem) {
            return "a /\\ or \\/ bullet must be followed by an expression; a comment alone does not count";
        }
        if ("LET".equals(top) && expected != null && expected.contains("IN")) {
            return "LET definitions must be followed by IN and the expression they are used in";
        }
        if (t.is(")") || t.is("]") || t.is("}") || t.is(">>")) {
            return "unbalanced brackets: this " + t.text() + " has no matching opening bracket here";
        }
        if (expected != null && (expected.equals("\")\"") || expected.equals("\"]\"") || expected.equals("\"}\"")
                || expected.equals("\">>\""))) {
            return "unbalanced brackets: an opening bracket is not closed by " + expected;
        }
        return null;
    }

    /** Hint for a module-level token that cannot start a unit. */
    static String forUnitStart(ModuleParser p, Token t) {
        Token prev = p.previous();
        if (t.is("=") && prev.kind() == Token.Kind.IDENT) {
            return "VARIABLES and CONSTANTS only declare names: give initial values in Init (x = 0)";
        }
        if (prev.is("=") && p.index >= 2 && p.rawAt(-2).is("!") && p.rawAt(-2).column() + 1 == prev.column()) {
            return "not-equal is written /= (or #), not !=";
        }
        if (t.is("==")) {
            return "a definition is Name == expression at the start of a line; check the line above";
        }
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
        int depth = 0;
        for (Token x : line) {
            if (x.is("(") || x.is("[") || x.is("{") || x.is("<<")) {
                depth++;
            } else if (x.is(")") || x.is("]") || x.is("}") || x.is(">>") || x.is("]_") || x.is(">>_")) {
                depth--;
            }
        }
        if (depth < 0) {
            return "unbalanced brackets: this line closes a bracket it never opened";
        }
        if (t.column() > 1) {
            return "the definition above ended early; check for an unbalanced bracket or a missing operator";
        }
        return null;
    }
}

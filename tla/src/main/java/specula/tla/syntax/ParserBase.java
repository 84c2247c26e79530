package specula.tla.syntax;

import specula.tla.syntax.ast.Range;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Token cursor shared by the parser layers. It implements SANY's offside rule for junction lists: while an item of
 * a list whose bullet is at column c is being parsed, any token at column c or to its left reads as {@link
 * Token.Kind#END}. Brackets suspend the rule until they close.
 */
abstract class ParserBase {
    protected final String file;
    private final List<Token> tokens;
    protected int index;
    private final Deque<Integer> offside = new ArrayDeque<>();
    protected final List<SyntaxDiagnostic> errors = new ArrayList<>();
    /** Context for hints: what construct the parser was inside when it failed. */
    protected final Deque<String> context = new ArrayDeque<>();

    ParserBase(String file, List<Token> tokens) {
        this.file = file;
        this.tokens = tokens;
        offside.push(0);
    }

    protected Token raw() {
        return tokens.get(index);
    }

    protected Token rawAt(int k) {
        int i = Math.min(index + k, tokens.size() - 1);
        return tokens.get(i);
    }

    protected Token peek() {
        Token t = tokens.get(index);
        if (t.column() <= offside.peek() && t.kind() != Token.Kind.EOF) {
            return new Token(Token.Kind.END, t.text(), t.line(), t.column(), t.endLine(), t.endColumn());
        }
        return t;
    }

    /** The k-th token ahead ignoring the offside rule for all but the current one. */
    protected Token peekAt(int k) {
        return k == 0 ? peek() : rawAt(k);
    }

    protected boolean at(String text) {
        Token t = peek();
        return t.kind() != Token.Kind.END && t.kind() != Token.Kind.STRING && t.text().equals(text)
                && t.kind() != Token.Kind.IDENT;
    }

    protected boolean atKind(Token.Kind k) {
        return peek().kind() == k;
    }

    protected Token advance() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.EOF) {
            index++;
        }
        return t;
    }

    protected Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    protected Token expect(String text) {
        if (!at(text)) {
            throw error(peek(), "\"" + text + "\"");
        }
        return advance();
    }

    protected boolean accept(String text) {
        if (at(text)) {
            advance();
            return true;
        }
        return false;
    }

    protected Token expectIdent() {
        if (peek().kind() != Token.Kind.IDENT) {
            throw error(peek(), "an identifier");
        }
        return advance();
    }

    /** Column 0 (from brackets) keeps the enclosing list's column: SANY does not suspend the rule inside brackets. */
    protected void pushOffside(int column) {
        offside.push(column == 0 ? offside.peek() : column);
    }

    protected void popOffside() {
        offside.pop();
    }

    protected Range range(Token t) {
        return new Range(file, t.line(), t.column(), t.endLine(), t.endColumn());
    }

    /** From the start of {@code first} to the end of the last consumed token. */
    protected Range from(Token first) {
        Token last = previous();
        if (index == 0 || last.line() < first.line() || (last.line() == first.line() && last.column() < first.column())) {
            last = first;
        }
        return new Range(file, first.line(), first.column(), last.endLine(), last.endColumn());
    }

    protected Range from(Range start) {
        Token last = previous();
        return new Range(file, start.line(), start.column(), last.endLine(), last.endColumn());
    }

    /** Whether a definition header starts at the current token (SANY then shows "Beginning of definition"). */
    boolean definitionStartsHere() {
        return false;
    }

    /** Tokens from the current one to the end of its line. */
    List<Token> restOfLine(Token t) {
        List<Token> out = new ArrayList<>();
        for (int k = 0; rawAt(k).line() == t.line() && rawAt(k).kind() != Token.Kind.EOF; k++) {
            out.add(rawAt(k));
            if (index + k >= tokens.size() - 1) {
                break;
            }
        }
        return out;
    }

    protected ParseError error(Token t, String expected) {
        String shown = t == raw() || t.kind() == Token.Kind.END ? (definitionStartsHere() && !"\"==== or more Module body\"".equals(expected) ? "Beginning of definition" : t.display()) : t.display();
        String msg = "Encountered \"" + shown + "\" at line " + t.line() + ", column " + t.column()
                + (index > 0 ? " and token \"" + previous().display() + "\"" : "")
                + (expected == null ? "" : ". Was expecting " + expected);
        String hint = Hints.forToken(t, expected, context, index > 0 ? previous() : null, restOfLine(t));
        return new ParseError(new SyntaxDiagnostic(range(t), "E_PARSE", msg, hint));
    }

    protected ParseError errorWithCode(Token t, String code, String msg) {
        return new ParseError(new SyntaxDiagnostic(range(t), code, msg, null));
    }
}

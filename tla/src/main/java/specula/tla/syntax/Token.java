package specula.tla.syntax;

/**
 * A lexeme with its 1-based start and end position ({@code endColumn} is the column of the last character).
 * {@code text} is the exact source text, except for strings, where it is the unescaped value.
 */
public record Token(Kind kind, String text, int line, int column, int endLine, int endColumn) {

    public enum Kind { IDENT, KEYWORD, NUMBER, STRING, OP, STEP, DASHES, EQUALS, EOF, END }

    public boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.KEYWORD) && text.equals(s);
    }

    public boolean isKeyword(String s) {
        return kind == Kind.KEYWORD && text.equals(s);
    }

    /** How SANY names the token in "Encountered ...". */
    public String display() {
        return switch (kind) {
            case EOF -> "<EOF>";
            case STRING -> "\"" + text + "\"";
            default -> text;
        };
    }
}

package specula.tla.syntax;

import specula.tla.syntax.ast.Range;

/**
 * A syntax error: where, a stable code ({@code E_PARSE}, {@code E_LEX}, {@code E_PRECEDENCE}, ...), SANY's wording
 * and, for the usual mistakes, a one-line plain-language hint (null when none applies).
 */
public record SyntaxDiagnostic(Range range, String code, String message, String hint) {
    public SyntaxDiagnostic withHint(String h) {
        return new SyntaxDiagnostic(range, code, message, h);
    }
}

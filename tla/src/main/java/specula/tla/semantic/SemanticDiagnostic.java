package specula.tla.semantic;

import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.ast.Range;

/**
 * One finding of the front end. {@code code} is SANY's {@code tla2sany.semantic.ErrorCode} name for semantic and
 * level errors ({@code SYMBOL_UNDEFINED}, {@code SYMBOL_REDEFINED}, ...) or the parser's code ({@code E_PARSE}, ...)
 * for syntax errors, and {@code MODULE_*} for module-system errors; {@code message} uses SANY's wording;
 * {@code hint} is a plain-language suggestion or null.
 */
public record SemanticDiagnostic(Range range, String code, Severity severity, Phase phase, String message,
                                 String hint) {

    /** Which SANY phase would have reported it: a parse error or a semantic (including level) error. */
    public enum Phase { SYNTAX, SEMANTIC }

    public static SemanticDiagnostic error(Range range, String code, String message) {
        return new SemanticDiagnostic(range, code, Severity.ERROR, Phase.SEMANTIC, message, null);
    }

    public static SemanticDiagnostic warning(Range range, String code, String message) {
        return new SemanticDiagnostic(range, code, Severity.WARNING, Phase.SEMANTIC, message, null);
    }

    public static SemanticDiagnostic fromSyntax(SyntaxDiagnostic d) {
        return new SemanticDiagnostic(d.range(), d.code(), Severity.ERROR, Phase.SYNTAX, d.message(), d.hint());
    }

    public SemanticDiagnostic withHint(String h) {
        return new SemanticDiagnostic(range, code, severity, phase, message, h);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** SANY's layout: {@code line L, col C to line L2, col C2 of module M} then the message. */
    @Override
    public String toString() {
        String where = range == null ? "" : "line " + range.line() + ", col " + range.column() + " to line "
                + range.endLine() + ", col " + range.endColumn() + " of module " + moduleOf(range) + ": ";
        return where + message + (hint == null ? "" : " (hint: " + hint + ")");
    }

    private static String moduleOf(Range r) {
        String f = r.file();
        return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
    }
}

package specula.tla.semantic;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Range;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** The mutable state of analysing one module: side tables, findings, and the text for locating operator symbols. */
final class AnalysisContext {
    final String module;
    final boolean library;
    final String[] lines;
    final IdentityHashMap<Node, Symbol> resolutions = new IdentityHashMap<>();
    final IdentityHashMap<Expr, Integer> levels = new IdentityHashMap<>();
    final List<SemanticDiagnostic> diagnostics = new ArrayList<>();
    final SemanticHints hints;
    /** Top-level names of the module with the line of their definition, for "defined later" hints. */
    final java.util.Map<String, Integer> topLevelLines = new java.util.HashMap<>();

    AnalysisContext(String module, boolean library, String text, SemanticHints hints) {
        this.module = module;
        this.library = library;
        this.lines = text.split("\n", -1);
        this.hints = hints;
    }

    void error(Range r, String code, String message) {
        diagnostics.add(SemanticDiagnostic.error(r, code, message));
    }

    void error(SemanticDiagnostic d) {
        diagnostics.add(d);
    }

    void warning(Range r, String code, String message) {
        diagnostics.add(SemanticDiagnostic.warning(r, code, message));
    }

    /**
     * Where an infix symbol is written between its operands (the AST keeps only the whole application's range):
     * the first occurrence of {@code spelling} after the left operand; the application's start if not found.
     */
    Range infixSymbol(Range left, Range right, String spelling, Range whole) {
        int line = left.endLine();
        int col = left.endColumn(); // 1-based end = 0-based index just after it
        while (line <= right.line() && line - 1 < lines.length) {
            String s = lines[line - 1];
            int limit = line == right.line() ? Math.min(s.length(), right.column() - 1) : s.length();
            int idx = col <= s.length() ? s.indexOf(spelling, col) : -1;
            if (idx >= 0 && idx + spelling.length() <= Math.max(limit, idx + spelling.length())
                    && (line < right.line() || idx < limit)) {
                return new Range(whole.file(), line, idx + 1, line, idx + spelling.length());
            }
            line++;
            col = 0;
        }
        return whole;
    }

    /**
     * SANY reports a wrong number of arguments on the parenthesised argument list: from the {@code (} after the
     * operator's name to the end of {@code end}.
     */
    Range argumentsRange(Range name, int nameLength, Range end) {
        int line = name.line();
        int col = name.column() - 1 + nameLength;
        while (line - 1 < lines.length && line <= end.endLine()) {
            String s = lines[line - 1];
            int idx = col <= s.length() ? s.indexOf('(', col) : -1;
            if (idx >= 0) {
                return new Range(end.file(), line, idx + 1, end.endLine(), end.endColumn());
            }
            line++;
            col = 0;
        }
        return end;
    }

    static Range startOf(Range r, int length) {
        return new Range(r.file(), r.line(), r.column(), r.line(), r.column() + Math.max(1, length) - 1);
    }
}

package specula.tla.semantic;

import specula.tla.syntax.DiagnosticFormatter;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.ast.Range;

/**
 * Renders a front-end diagnostic for people: syntax errors as the parser's formatter does, semantic errors and
 * warnings with SANY's location line, the message, the source line with carets under the range, and the hint:
 * <pre>
 * *** Semantic error *** line 3, col 9 to line 3, col 13 of module T
 * Unknown operator: `cuont'.
 *     3 | Init == cuont = 0
 *       |         ^^^^^
 * hint: did you mean 'count'?
 * </pre>
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    /** {@code source} is the text of the module the diagnostic's range points into (null: no excerpt). */
    public static String format(SemanticDiagnostic d, String source) {
        if (d.phase() == SemanticDiagnostic.Phase.SYNTAX && d.range() != null && source != null) {
            return DiagnosticFormatter.format(new SyntaxDiagnostic(d.range(), d.code(), d.message(), d.hint()),
                    source);
        }
        StringBuilder sb = new StringBuilder(d.isError() ? "*** Semantic error ***" : "*** Warning ***");
        Range r = d.range();
        if (r != null) {
            sb.append(" line ").append(r.line()).append(", col ").append(r.column()).append(" to line ")
                    .append(r.endLine()).append(", col ").append(r.endColumn()).append(" of module ")
                    .append(r.file().replaceFirst("\\.tla$", ""));
        }
        sb.append('\n').append(d.message()).append('\n');
        String line = r == null || source == null ? null : lineAt(source, r.line());
        if (line != null) {
            String num = String.valueOf(r.line());
            String gutter = " ".repeat(Math.max(0, 5 - num.length()));
            sb.append(gutter).append(num).append(" | ").append(line.replace('\t', ' ')).append('\n');
            int last = r.endLine() == r.line() ? r.endColumn() : line.length();
            int width = Math.max(1, last - r.column() + 1);
            sb.append(" ".repeat(5)).append(" | ").append(" ".repeat(Math.max(0, r.column() - 1)))
                    .append("^".repeat(width)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
    }

    private static String lineAt(String source, int line) {
        String[] lines = source.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : null;
    }
}

package specula.tla.syntax;

/**
 * Renders a diagnostic for people: SANY's header and message, our hint, and the source line with a caret under the
 * reported column, e.g.
 * <pre>
 * ***Parse Error*** Spec.tla:12:5
 * Encountered "ELSE" at line 12, column 5 and token "x"
 *    12 |     ELSE y
 *       |     ^
 * hint: ...
 * </pre>
 */
public final class DiagnosticFormatter {
    private DiagnosticFormatter() {
    }

    public static String format(SyntaxDiagnostic d, String source) {
        StringBuilder sb = new StringBuilder();
        String kind = d.code().equals("E_LEX") ? "***Lexical Error***" : "***Parse Error***";
        sb.append(kind).append(' ').append(d.range().file()).append(':').append(d.range().line()).append(':')
                .append(d.range().column()).append('\n');
        sb.append(d.message()).append('\n');
        String line = lineAt(source, d.range().line());
        if (line != null) {
            String num = String.valueOf(d.range().line());
            String gutter = " ".repeat(Math.max(0, 5 - num.length()));
            sb.append(gutter).append(num).append(" | ").append(line.replace('\t', ' ')).append('\n');
            int width = d.range().line() == d.range().endLine()
                    ? Math.max(1, d.range().endColumn() - d.range().column() + 1) : 1;
            width = Math.min(width, Math.max(1, line.length() - d.range().column() + 1));
            sb.append(" ".repeat(5)).append(" | ").append(" ".repeat(Math.max(0, d.range().column() - 1)))
                    .append("^".repeat(width)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
    }

    /** Every diagnostic of a result, then a one-line summary such as {@code M.tla: 2 syntax errors}. */
    public static String formatAll(ParseResult r, String source) {
        StringBuilder sb = new StringBuilder();
        for (SyntaxDiagnostic d : r.diagnostics()) {
            sb.append(format(d, source)).append('\n');
        }
        int n = r.diagnostics().size();
        sb.append(r.fileName()).append(": ").append(n == 0 ? "no syntax errors"
                : n + " syntax error" + (n == 1 ? "" : "s")).append('\n');
        return sb.toString();
    }

    private static String lineAt(String source, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String s = end < 0 ? source.substring(start) : source.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}

package specula.commands.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prepares diagnostics for retrieval: keeps the lines that say what went wrong (between {@code ***Parse Error***}
 * and the residual stack trace, or the error lines of semantic output) and drops positions, which only add
 * noise to a similarity search.
 */
public final class ErrorText {
    private static final Pattern RANGE = Pattern.compile(
            "line \\d+, col \\d+ to line \\d+, col \\d+ of module \\w+\\s*\\|?\\s*");
    private static final Pattern AT = Pattern.compile("at line \\d+, column \\d+");
    private static final Pattern LINE_COL = Pattern.compile("(?:line|column|col) \\d+");

    private ErrorText() {
    }

    /** The informative part of raw tool output. */
    public static String core(String raw) {
        List<String> keep = new ArrayList<>();
        boolean stack = false;
        for (String line : raw.replace(" | ", "\n").split("\n")) {
            String t = line.strip();
            if (t.startsWith("Residual stack trace follows")) {
                stack = true;
            }
            if (stack || t.isEmpty() || t.startsWith("***Parse Error***") || t.startsWith("*** Errors:")
                    || t.startsWith("Parsing file") || t.startsWith("Semantic processing")
                    || t.startsWith("Fatal errors while parsing") || t.startsWith("SANY finished")
                    || t.matches("\\*\\*\\* Abort messages: \\d+")) {
                continue;
            }
            keep.add(t);
        }
        return String.join(" | ", keep);
    }

    /** Positions replaced by placeholders (for comparing errors across edits). */
    public static String maskPositions(String text) {
        String s = RANGE.matcher(text).replaceAll("");
        s = AT.matcher(s).replaceAll("at line L, column C");
        return LINE_COL.matcher(s).replaceAll("N").strip();
    }

    /** What the embedding model sees: the core without positions. */
    public static String forEmbedding(String raw) {
        String s = RANGE.matcher(core(raw)).replaceAll("");
        s = AT.matcher(s).replaceAll("");
        return s.replaceAll("\\s+", " ").strip();
    }
}

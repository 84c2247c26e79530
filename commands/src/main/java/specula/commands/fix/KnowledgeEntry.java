package specula.commands.fix;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One known error pattern with its explanation and fix (a YAML entry of {@code templates/knowledge/}).
 * {@code context} patterns are tried against the source lines at the reported position: many parse errors only
 * name the token where the parser gave up, and the text there (an IF without ELSE, a LET without IN) tells
 * which mistake it was.
 */
public record KnowledgeEntry(String id, String title, String phase, List<Pattern> patterns, List<Pattern> context,
                             List<String> samples, String explanation, String fix, String bad, String good,
                             String source) {

    /** The entry as the model sees it in a prompt. */
    public String asHint() {
        StringBuilder b = new StringBuilder();
        b.append("- [").append(id).append("] ").append(title).append('\n');
        b.append("  Why: ").append(explanation.strip().replace("\n", " ")).append('\n');
        b.append("  Fix: ").append(fix.strip().replace("\n", " ")).append('\n');
        if (bad != null && !bad.isBlank()) {
            b.append("  Wrong:\n").append(indent(bad));
        }
        if (good != null && !good.isBlank()) {
            b.append("  Right:\n").append(indent(good));
        }
        return b.toString();
    }

    private static String indent(String code) {
        StringBuilder b = new StringBuilder();
        for (String line : code.stripTrailing().split("\n")) {
            b.append("    ").append(line).append('\n');
        }
        return b.toString();
    }
}

package specula.commands.llm;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user-editable prompt with named placeholders {@code {{name}}}. The file has a system part and a user part,
 * introduced by lines {@code ## system} and {@code ## user}; lines starting with {@code #:} are comments for the
 * editor and are not sent.
 */
public record PromptTemplate(String name, String system, String user) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    public static PromptTemplate parse(String name, String content) {
        StringBuilder system = new StringBuilder();
        StringBuilder user = new StringBuilder();
        StringBuilder current = null;
        for (String line : content.replace("\r\n", "\n").split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("#:")) {
                continue;
            }
            if (t.equalsIgnoreCase("## system")) {
                current = system;
            } else if (t.equalsIgnoreCase("## user")) {
                current = user;
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (!t.isEmpty()) {
                throw new IllegalArgumentException("prompt '" + name
                        + "': text before the first '## system' or '## user' line: «" + t + "»");
            }
        }
        if (user.toString().isBlank()) {
            throw new IllegalArgumentException("prompt '" + name + "' has no '## user' part");
        }
        return new PromptTemplate(name, system.toString().strip(), user.toString().strip());
    }

    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : new String[] {system, user}) {
            Matcher m = PLACEHOLDER.matcher(part);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Fills every placeholder; a placeholder without a value is an error naming it (nothing is sent). */
    public LlmRequest render(String purpose, Map<String, String> values) {
        Set<String> missing = new LinkedHashSet<>(placeholders());
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("prompt '" + name + "' needs a value for " + String.join(", ",
                    missing.stream().map(n -> "{{" + n + "}}").toList()) + " (supplied: "
                    + String.join(", ", values.keySet()) + ")");
        }
        return new LlmRequest(purpose, fill(system, values), fill(user, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}

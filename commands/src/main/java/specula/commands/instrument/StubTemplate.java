package specula.commands.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stub template: sections introduced by {@code ## name} lines ({@code import}, {@code decorator},
 * {@code enter}, {@code exit}), {@code #:} lines are notes, placeholders {@code {{name}}}.
 */
public record StubTemplate(String name, Map<String, String> sections) {

    public static StubTemplate parse(String name, String text) {
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("#:")) {
                continue;
            }
            if (t.startsWith("## ")) {
                current = parts.computeIfAbsent(t.substring(3).strip(), k -> new StringBuilder());
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (!t.isEmpty()) {
                throw new IllegalArgumentException(name + ": text before the first '## section' line: «" + t + "»");
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        parts.forEach((k, v) -> out.put(k, v.toString().stripTrailing()));
        return new StubTemplate(name, out);
    }

    /** The filled section as lines, or an empty string when the template does not have it. */
    public String section(String section, Map<String, String> values) {
        String body = sections.getOrDefault(section, "");
        for (Map.Entry<String, String> e : values.entrySet()) {
            body = body.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        int open = body.indexOf("{{");
        if (open >= 0 && body.indexOf("}}", open) > 0) {
            throw new IllegalArgumentException(name + ": unknown placeholder in section '" + section + "': "
                    + body.substring(open, body.indexOf("}}", open) + 2));
        }
        return body;
    }
}

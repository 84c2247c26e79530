package specula.commands.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user-editable text template with {@code {{name}}} placeholders; lines starting with {@code #:} are notes for
 * the editor and are dropped. A placeholder without a value is an error naming it.
 */
public record TextTemplate(String name, String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    public static TextTemplate read(Path file) {
        try {
            return new TextTemplate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file, e);
        }
    }

    public String fill(Map<String, String> values) {
        String body = text.replace("\r\n", "\n").lines().filter(l -> !l.stripLeading().startsWith("#:"))
                .collect(Collectors.joining("\n", "", "\n"));
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("template " + name + ": no value for {{" + m.group(1)
                        + "}} (have: " + String.join(", ", values.keySet()) + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}

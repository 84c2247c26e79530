package specula.commands.llm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from any text that may end up in a message, a log line or a recording: the configured key
 * verbatim, and anything shaped like a bearer token or a provider key.
 */
public final class Redactor {
    private static final Pattern KEY_SHAPES = Pattern.compile(
            "(sk-[A-Za-z0-9_\\-]{8,}|sk-ant-[A-Za-z0-9_\\-]{8,}|AIza[0-9A-Za-z_\\-]{20,}|(?i:bearer)\\s+[A-Za-z0-9._\\-]{8,})");
    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    public static Redactor none() {
        return new Redactor(List.of());
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "***");
        }
        return KEY_SHAPES.matcher(out).replaceAll("***");
    }
}

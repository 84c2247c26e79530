package specula.commands.session;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keys named like secrets, and masking of their values wherever they could leak (config output, journal). */
public final class Secrets {
    private static final Pattern OPTION = Pattern.compile(
            "(--?[A-Za-z0-9_.-]*(?:key|token|secret|password)[A-Za-z0-9_.-]*)(=|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "\\b([A-Za-z0-9_.-]*(?:key|token|secret|password)[A-Za-z0-9_.-]*)=(\"[^\"]*\"|'[^']*'|\\S+)",
            Pattern.CASE_INSENSITIVE);

    private Secrets() {
    }

    public static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("key") || k.contains("token") || k.contains("secret") || k.contains("password");
    }

    /** Shows that a value is set without showing it: a few trailing characters at most. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) return value;
        if (value.length() <= 8) return "****";
        return "****" + value.substring(value.length() - 4);
    }

    /** Removes secret option values from a command line before it is journaled or exported. */
    public static String redact(String commandLine) {
        Matcher m = OPTION.matcher(commandLine);
        String out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + "****"));
        Matcher a = ASSIGNMENT.matcher(out);
        return a.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "=****"));
    }
}

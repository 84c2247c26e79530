package specula.commands.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Shell-like splitting shared by the REPL, {@code -c}, scripts and replay files: {@code ;} separates commands,
 * words are separated by blanks, single and double quotes group words ({@code --from "a b"}) and {@code #} at the
 * start of a word starts a comment. Unlike a Unix shell, a backslash is an ordinary character except before
 * {@code "} or {@code \} inside double quotes: TLA+ is full of {@code \/}, {@code /\} and {@code \in}.
 */
public final class CommandLines {
    private CommandLines() {
    }

    /** Splits a line into commands at unquoted {@code ;}, dropping comments and empty commands. */
    public static List<String> splitCommands(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean wordStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == '\\' && quote == '"' && i + 1 < line.length()) cur.append(line.charAt(++i));
                else if (c == quote) quote = 0;
                continue;
            }
            if (c == '#' && wordStart) break;
            if (c == ';') {
                add(out, cur);
                wordStart = true;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            cur.append(c);
            wordStart = Character.isWhitespace(c);
        }
        if (quote != 0) throw new SessionException("unclosed " + (quote == '"' ? "double" : "single") + " quote");
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    /** Splits one command into words, removing quotes and escapes. */
    public static List<String> words(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"' && i + 1 < command.length()
                        && (command.charAt(i + 1) == '"' || command.charAt(i + 1) == '\\')) cur.append(command.charAt(++i));
                else cur.append(c);
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (inWord) out.add(cur.toString());
                cur.setLength(0);
                inWord = false;
                continue;
            }
            inWord = true;
            if (c == '"' || c == '\'') quote = c;
            else cur.append(c);
        }
        if (quote != 0) throw new SessionException("unclosed " + (quote == '"' ? "double" : "single") + " quote");
        if (inWord) out.add(cur.toString());
        return out;
    }

    /** Quotes a word so that {@link #words} gives it back unchanged. */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(ch -> Character.isWhitespace(ch) || "\"'\\;#".indexOf(ch) >= 0)) {
            return word;
        }
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package specula.commands.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module text cut into its top-level pieces, enough to merge chunk translations: EXTENDS, CONSTANTS and
 * VARIABLES names, and the definitions (with the comment lines just above them) in order. This is a layout-level
 * reading of what the model wrote, not a parser: it relies on top-level units starting in column 1, which is
 * how the generation prompts ask for them.
 */
public record ModuleParts(String name, List<String> extendsList, List<String> constants, List<String> variables,
                          Map<String, String> definitions, List<String> others) {

    static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+(\\w+)\\s*-{4,}\\s*$");
    static final Pattern TERMINATOR = Pattern.compile("^\\s*={4,}\\s*$");
    static final Pattern DEF_START = Pattern.compile(
            "^(?:LOCAL\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\([^)]*\\)|\\[[^\\]]*\\])?\\s*==");
    private static final Pattern KEYWORD = Pattern.compile(
            "^(EXTENDS|CONSTANTS?|VARIABLES?|ASSUME|ASSUMPTION|AXIOM|RECURSIVE|THEOREM|INSTANCE)\\b");

    public static ModuleParts parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        String name = null;
        List<List<String>> blocks = new ArrayList<>();
        List<String> pendingComments = new ArrayList<>();
        List<String> current = null;
        boolean inModule = false;
        for (String line : lines) {
            if (!inModule) {
                Matcher h = HEADER.matcher(line);
                if (h.find()) {
                    name = h.group(1);
                    inModule = true;
                }
                continue;
            }
            if (TERMINATOR.matcher(line).find()) {
                break;
            }
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
            if (topLevel && line.matches("^-{4,}\\s*$")) {
                current = null; // separators are layout only
            } else if (topLevel && (line.startsWith("\\*") || line.startsWith("(*"))) {
                pendingComments.add(line);
                current = null;
            } else if (topLevel) {
                current = new ArrayList<>(pendingComments);
                pendingComments.clear();
                current.add(line);
                blocks.add(current);
            } else if (current != null) {
                current.add(line);
            } else if (!line.isBlank()) {
                pendingComments.add(line);
            }
        }
        List<String> ext = new ArrayList<>();
        List<String> cons = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        Map<String, String> defs = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (List<String> b : blocks) {
            String body = String.join("\n", b).stripTrailing();
            String first = b.stream().filter(l -> !l.startsWith("\\*") && !l.startsWith("(*")).findFirst()
                    .orElse("");
            Matcher k = KEYWORD.matcher(first);
            Matcher d = DEF_START.matcher(first);
            if (k.find()) {
                String kw = k.group(1);
                String rest = withoutComments(body.substring(body.indexOf(kw) + kw.length()));
                switch (kw) {
                    case "EXTENDS" -> names(rest, ext);
                    case "CONSTANT", "CONSTANTS" -> names(rest, cons);
                    case "VARIABLE", "VARIABLES" -> names(rest, vars);
                    default -> others.add(body);
                }
            } else if (d.find()) {
                defs.putIfAbsent(d.group(1), body);
            } else {
                others.add(body);
            }
        }
        return new ModuleParts(name, ext, cons, vars, defs, others);
    }

    /** The body of a definition: the text after its {@code ==}. */
    static String bodyOf(String definition) {
        int i = definition.indexOf("==");
        return i < 0 ? definition : definition.substring(i + 2);
    }

    private static String withoutComments(String s) {
        return s.replaceAll("\\\\\\*[^\n]*", "").replaceAll("(?s)\\(\\*.*?\\*\\)", "");
    }

    private static void names(String list, List<String> into) {
        for (String raw : list.split(",")) {
            String n = raw.strip();
            int paren = n.indexOf('(');
            if (paren > 0) {
                n = n.substring(0, paren).strip(); // CONSTANT Op(_, _)
            }
            if (n.matches("[A-Za-z_][A-Za-z0-9_]*") && !into.contains(n)) {
                into.add(n);
            }
        }
    }
}

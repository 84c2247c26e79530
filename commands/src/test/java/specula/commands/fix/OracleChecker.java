package specula.commands.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test stand-in for the parser while ours is being written: it knows a module's original text (accepted) and
 * a broken copy with SANY's recorded diagnostic, and checks header, terminator and module name itself. Texts
 * are compared after normalising the header, terminator and EXTENDS layout.
 */
final class OracleChecker implements SpecChecker {
    private static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+(\\w+)\\s*-{4,}\\s*$",
            Pattern.MULTILINE);
    private static final Pattern TERMINATOR = Pattern.compile("^\\s*={4,}\\s*$", Pattern.MULTILINE);

    private final String original;
    private final String broken;
    private final List<Problem> brokenProblems;
    int checks;

    OracleChecker(String original, String broken, List<Problem> brokenProblems) {
        this.original = normal(original);
        this.broken = normal(broken);
        this.brokenProblems = brokenProblems;
    }

    @Override
    public List<Problem> check(String moduleName, String text) {
        checks++;
        int lines = text.split("\n", -1).length;
        Matcher h = HEADER.matcher(text);
        if (!h.find()) {
            return List.of(new Problem(lines, 1, "***Parse Error*** | Was expecting \"---- MODULE (beginning of "
                    + "module)\" | Encountered \"<EOF>\" at line " + lines + ", column 1 and token \"\"",
                    Problem.Phase.PARSE));
        }
        if (!TERMINATOR.matcher(text).find(h.end())) {
            return List.of(new Problem(lines, 1, "***Parse Error*** | Was expecting \"==== or more Module body\" | "
                    + "Encountered \"<EOF>\" at line " + lines + ", column 1 and token \"\"", Problem.Phase.PARSE));
        }
        if (!h.group(1).equals(moduleName)) {
            return List.of(new Problem(0, 0, "File name '" + moduleName + "' does not match the name '" + h.group(1)
                    + "' of the top level module it contains.", Problem.Phase.PARSE));
        }
        String n = normal(text);
        if (n.equals(original)) {
            return List.of();
        }
        if (n.equals(broken)) {
            return brokenProblems;
        }
        return List.of(new Problem(0, 0, "oracle: neither the original nor the broken text", Problem.Phase.OTHER));
    }

    static String normal(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (HEADER.matcher(line).find()) {
                Matcher m = HEADER.matcher(line);
                m.find();
                out.clear();
                out.add("---- MODULE " + m.group(1) + " ----");
            } else if (TERMINATOR.matcher(line).find()) {
                out.add("====");
                break;
            } else if (line.startsWith("EXTENDS ")) {
                String[] mods = line.substring(8).replaceAll("\\\\\\*.*", "").split(",");
                out.add("EXTENDS " + String.join(",", Arrays.stream(mods).map(String::strip).sorted().toList()));
            } else if (!line.isBlank()) { // blank lines mean nothing to the parser
                out.add(line.stripTrailing());
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }
}

package specula.commands.fix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deterministic repairs, in the order the fix loop tries them. */
public final class PreFixes {
    static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+(\\w+)\\s*-{4,}\\s*$", Pattern.MULTILINE);
    static final Pattern HEADER_LOOSE = Pattern.compile("^\\s*-*\\s*MODULE\\s+(\\w+)\\s*-*\\s*$", Pattern.MULTILINE);
    static final Pattern TERMINATOR = Pattern.compile("^\\s*={4,}\\s*$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)[^\\n]*\\n?", Pattern.MULTILINE);
    private static final Pattern UNKNOWN = Pattern.compile("Unknown operator: [`']([A-Za-z_][A-Za-z0-9_]*)'");
    private static final Pattern UNDEFINED_SYMBOL =
            Pattern.compile("Could not find declaration or definition of symbol '([^']+)'");
    private static final Pattern EXTENDS = Pattern.compile("^EXTENDS\\s+([^\\n]*)$", Pattern.MULTILINE);

    private static final Map<String, String> STANDARD = standard();

    private PreFixes() {
    }

    public static List<PreFix> all() {
        return List.of(new StripFences(), new AddHeader(), new RenameModule(), new AddTerminator(),
                new ExtendStandardModules(), new NotEqual(), new BooleanCase());
    }

    private static Map<String, String> standard() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String op : List.of("Len", "Append", "Head", "Tail", "SubSeq", "Seq", "SelectSeq")) {
            m.put(op, "Sequences");
        }
        for (String op : List.of("Cardinality", "IsFiniteSet")) {
            m.put(op, "FiniteSets");
        }
        for (String op : List.of("Print", "PrintT", "Assert", "ToString", "TLCGet", "TLCSet", "Permutations",
                "SortSeq", "RandomElement", "JavaTime", "TLCEval", ":>", "@@")) {
            m.put(op, "TLC");
        }
        for (String op : List.of("Nat", "+", "-", "*", "..", "<", ">", "<=", ">=", "=<", "\\div", "%", "^")) {
            m.put(op, "Naturals");
        }
        for (String op : List.of("Int", "-.")) {
            m.put(op, "Integers");
        }
        return m;
    }

    /** Markdown fences left in the module by a model answer. */
    static final class StripFences implements PreFix {
        public String id() {
            return "strip-fences";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            if (!FENCE.matcher(text).find()) {
                return Optional.empty();
            }
            return Optional.of(new Repair(FENCE.matcher(text).replaceAll(""), "removed markdown ``` fence lines"));
        }
    }

    static final class AddHeader implements PreFix {
        public String id() {
            return "add-header";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            if (HEADER.matcher(text).find()) {
                return Optional.empty();
            }
            Matcher loose = HEADER_LOOSE.matcher(text);
            if (loose.find()) { // "MODULE X" without its dashes
                String fixed = text.substring(0, loose.start()) + "---- MODULE " + loose.group(1) + " ----"
                        + text.substring(loose.end());
                return Optional.of(new Repair(fixed, "completed the module header line"));
            }
            return Optional.of(new Repair("---- MODULE " + name + " ----\n" + text,
                    "added the missing header '---- MODULE " + name + " ----'"));
        }
    }

    static final class RenameModule implements PreFix {
        public String id() {
            return "rename-module";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            Matcher h = HEADER.matcher(text);
            if (!h.find() || h.group(1).equals(name)) {
                return Optional.empty();
            }
            String fixed = text.substring(0, h.start(1)) + name + text.substring(h.end(1));
            return Optional.of(new Repair(fixed, "renamed module " + h.group(1) + " to " + name
                    + " to match its file"));
        }
    }

    static final class AddTerminator implements PreFix {
        public String id() {
            return "add-terminator";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            Matcher h = HEADER.matcher(text);
            int from = h.find() ? h.end() : 0;
            if (TERMINATOR.matcher(text).find(from)) {
                return Optional.empty();
            }
            String body = text.stripTrailing();
            return Optional.of(new Repair(body + "\n====\n", "added the missing closing '====' line"));
        }
    }

    /** "Unknown operator: `Len'" and friends: the standard module that defines it is certain. */
    static final class ExtendStandardModules implements PreFix {
        public String id() {
            return "extend-standard";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            Set<String> needed = new LinkedHashSet<>();
            for (Problem p : problems) {
                Matcher u = UNKNOWN.matcher(p.message());
                Matcher s = UNDEFINED_SYMBOL.matcher(p.message());
                String sym = u.find() ? u.group(1) : (s.find() ? s.group(1) : null);
                if (sym != null && STANDARD.containsKey(sym)) {
                    needed.add(STANDARD.get(sym));
                }
            }
            Matcher e = EXTENDS.matcher(text);
            List<String> have = new ArrayList<>();
            if (e.find()) {
                for (String m : e.group(1).replaceAll("\\\\\\*.*", "").split(",")) {
                    have.add(m.strip());
                }
            }
            if (have.contains("Integers")) {
                needed.remove("Naturals");
            }
            needed.removeAll(have);
            if (needed.isEmpty()) {
                return Optional.empty();
            }
            List<String> all = new ArrayList<>(have);
            all.addAll(needed);
            String line = "EXTENDS " + String.join(", ", all);
            String fixed;
            if (e.find(0)) {
                fixed = text.substring(0, e.start()) + line + text.substring(e.end());
            } else {
                Matcher h = HEADER.matcher(text);
                if (!h.find()) {
                    return Optional.empty();
                }
                fixed = text.substring(0, h.end()) + "\n" + line + text.substring(h.end());
            }
            return Optional.of(new Repair(fixed, "extended " + String.join(", ", needed)
                    + " (defines the unknown operators)"));
        }
    }

    /** {@code !=} is never TLA+; once the parser trips over the {@code !}, replace every one. */
    static final class NotEqual implements PreFix {
        public String id() {
            return "not-equal";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            boolean reported = problems.stream().anyMatch(p -> p.message().contains("Encountered \"!\""));
            if (!reported || !text.contains("!=")) {
                return Optional.empty();
            }
            return Optional.of(new Repair(replaceOutsideStrings(text, "!=", "/="), "replaced != by /="));
        }
    }

    /** {@code true}/{@code false} reported unknown: they are TRUE/FALSE. */
    static final class BooleanCase implements PreFix {
        public String id() {
            return "boolean-case";
        }

        public Optional<Repair> apply(String name, String text, List<Problem> problems) {
            Set<String> words = new LinkedHashSet<>();
            for (Problem p : problems) {
                Matcher u = UNKNOWN.matcher(p.message());
                if (u.find() && (u.group(1).equalsIgnoreCase("true") || u.group(1).equalsIgnoreCase("false"))) {
                    words.add(u.group(1));
                }
            }
            if (words.isEmpty()) {
                return Optional.empty();
            }
            String fixed = text;
            for (String w : words) {
                fixed = replaceWordOutsideStrings(fixed, w, w.toUpperCase());
            }
            return fixed.equals(text) ? Optional.empty()
                    : Optional.of(new Repair(fixed, "wrote " + String.join(", ", words) + " in capitals"));
        }
    }

    static String replaceOutsideStrings(String text, String from, String to) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (c == '\n') {
                inString = false;
            }
            if (!inString && text.startsWith(from, i)) {
                out.append(to);
                i += from.length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String replaceWordOutsideStrings(String text, String word, String to) {
        Pattern p = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\b" + Pattern.quote(word) + "\\b");
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().startsWith("\"") ? m.group() : to));
        }
        m.appendTail(out);
        return out.toString();
    }
}

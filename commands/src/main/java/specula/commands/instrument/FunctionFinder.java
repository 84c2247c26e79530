package specula.commands.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds function definitions by name. Python by its {@code def} lines; the brace languages by a lexical scan that
 * skips comments, strings and character literals, so signatures may span lines, carry generics or
 * {@code throws} clauses, and bodies may contain braces in strings. Declarations without a body (interfaces,
 * abstract methods, calls) are not definitions and are skipped.
 */
public final class FunctionFinder {
    private static final Set<String> JAVA_NOT_TYPES = Set.of("new", "return", "throw", "else", "case", "if", "while",
            "for", "switch", "catch", "synchronized", "do", "try", "assert");
    private static final Pattern PY_DEF = Pattern.compile("(?m)^([ \\t]*)def\\s+([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern GO_RECEIVER = Pattern.compile("func\\s*\\(\\s*([A-Za-z_]\\w*)\\s+[^)]*\\)\\s*$");

    private final Language language;

    public FunctionFinder(Language language) {
        this.language = language;
    }

    public List<FunctionSite> find(String text, Set<String> names) {
        return language == Language.PYTHON ? python(text, names) : braces(text, names);
    }

    private static List<FunctionSite> python(String text, Set<String> names) {
        List<FunctionSite> out = new ArrayList<>();
        Matcher m = PY_DEF.matcher(text);
        while (m.find()) {
            if (names.contains(m.group(2))) {
                out.add(new FunctionSite(m.group(2), lineOf(text, m.start()), m.start(), -1, -1, null, m.group(1)));
            }
        }
        return out;
    }

    private List<FunctionSite> braces(String text, Set<String> names) {
        List<FunctionSite> out = new ArrayList<>();
        SourceScanner scan = new SourceScanner(text, language);
        Pattern ident = Pattern.compile("[A-Za-z_]\\w*");
        Matcher m = ident.matcher(text);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            if (!names.contains(m.group()) || scan.inCommentOrString(m.start())) {
                continue;
            }
            int paren = scan.skipSpace(m.end());
            if (language == Language.RUST && paren < text.length() && text.charAt(paren) == '<') {
                paren = scan.skipSpace(scan.matching(paren, '<', '>') + 1);
            }
            if (paren >= text.length() || text.charAt(paren) != '(') {
                continue;
            }
            String before = text.substring(lineStart(text, m.start()), m.start());
            if (!declares(before, text, m.start())) {
                continue;
            }
            int afterParams = scan.matching(paren, '(', ')') + 1;
            int open = scan.bodyStart(afterParams);
            if (open < 0) {
                continue;
            }
            int close = scan.matching(open, '{', '}');
            String receiver = null;
            if (language == Language.GO) {
                Matcher r = GO_RECEIVER.matcher(before.strip());
                receiver = r.find() ? r.group(1) : null;
            }
            int start = lineStart(text, m.start());
            out.add(new FunctionSite(m.group(), lineOf(text, m.start()), start, open, close, receiver,
                    leadingSpace(text.substring(start))));
            from = close + 1;
        }
        return out;
    }

    /** The text before the name on its line makes this a definition, not a call or a field. */
    private boolean declares(String before, String text, int at) {
        String b = before.strip();
        return switch (language) {
            case GO -> b.equals("func") || GO_RECEIVER.matcher(b).find();
            case RUST -> b.endsWith("fn");
            case JAVA -> {
                String[] words = b.split("[\\s]+");
                String last = words.length == 0 ? "" : words[words.length - 1];
                yield !b.isEmpty() && !b.endsWith(".") && !b.endsWith("=") && !b.endsWith("(") && !b.endsWith(",")
                        && (last.matches("[\\w$<>\\[\\],?]+") && !JAVA_NOT_TYPES.contains(last));
            }
            default -> false;
        };
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(0, i);
    }
}

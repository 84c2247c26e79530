package specula.tla.syntax;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * SANY's operator table ("Specifying Systems", table 6): precedence ranges, associativity and the canonical name of
 * each spelling. Two operators whose ranges overlap without one binding tighter are a precedence conflict.
 */
public final class Operators {
    private Operators() {
    }

    /** A precedence range {@code lo..hi}; {@code leftAssoc} says {@code a op b op c} groups to the left. */
    public record Info(String canonical, int lo, int hi, boolean leftAssoc) {
        boolean sameRange(Info o) {
            return lo == o.lo && hi == o.hi;
        }
    }

    private static final Map<String, Info> INFIX = new HashMap<>();
    private static final Map<String, Info> PREFIX = new HashMap<>();
    private static final Map<String, Info> POSTFIX = new HashMap<>();
    private static final Map<String, String> SYNONYMS = new HashMap<>();

    private static void infix(String canonical, int lo, int hi, boolean left, String... spellings) {
        Info info = new Info(canonical, lo, hi, left);
        INFIX.put(canonical, info);
        for (String s : spellings) {
            INFIX.put(s, info);
            SYNONYMS.put(s, canonical);
        }
    }

    static {
        infix("!!", 9, 13, false);
        infix("/=", 5, 5, false, "#");
        infix("##", 9, 13, true);
        infix("$", 9, 13, true);
        infix("$$", 9, 13, true);
        infix("%", 10, 11, false);
        infix("%%", 10, 11, true);
        infix("&", 13, 13, true);
        infix("&&", 13, 13, true);
        infix("\\oplus", 10, 10, true, "(+)");
        infix("\\ominus", 11, 11, true, "(-)");
        infix("\\odot", 13, 13, true, "(.)");
        infix("\\oslash", 13, 13, false, "(/)");
        infix("\\otimes", 13, 13, true, "(\\X)");
        infix("*", 13, 13, true);
        infix("**", 13, 13, true);
        infix("+", 10, 10, true);
        infix("++", 10, 10, true);
        infix("-", 11, 11, true);
        infix("-+->", 2, 2, false);
        infix("--", 11, 11, true);
        infix("-|", 5, 5, false);
        infix("..", 9, 9, false);
        infix("...", 9, 9, false);
        infix("/", 13, 13, false);
        infix("//", 13, 13, false);
        infix("/\\", 3, 3, true, "\\land");
        infix("::=", 5, 5, false);
        infix(":=", 5, 5, false);
        infix(":>", 7, 7, false);
        infix("<", 5, 5, false);
        infix("<:", 7, 7, false);
        infix("\\equiv", 2, 2, false, "<=>");
        infix("<=", 5, 5, false, "=<", "\\leq");
        infix("=", 5, 5, false);
        infix("=>", 1, 1, false);
        infix("=|", 5, 5, false);
        infix(">", 5, 5, false);
        infix(">=", 5, 5, false, "\\geq");
        infix("??", 9, 13, true);
        infix("@@", 6, 6, true);
        infix("\\", 8, 8, false, "\\setminus");
        infix("\\/", 3, 3, true, "\\lor");
        infix("^", 14, 14, false);
        infix("^^", 14, 14, false);
        infix("|", 10, 11, true);
        infix("|-", 5, 5, false);
        infix("|=", 5, 5, false);
        infix("||", 10, 11, true);
        infix("~>", 2, 2, false);
        infix("\\approx", 5, 5, false);
        infix("\\asymp", 5, 5, false);
        infix("\\bigcirc", 13, 13, true);
        infix("\\bullet", 13, 13, true);
        infix("\\cap", 8, 8, true, "\\intersect");
        infix("\\cdot", 5, 14, true);
        infix("\\circ", 13, 13, true, "\\o");
        infix("\\cong", 5, 5, false);
        infix("\\cup", 8, 8, true, "\\union");
        infix("\\div", 13, 13, false);
        infix("\\doteq", 5, 5, false);
        infix("\\gg", 5, 5, false);
        infix("\\in", 5, 5, false);
        infix("\\notin", 5, 5, false);
        infix("\\ll", 5, 5, false);
        infix("\\prec", 5, 5, false);
        infix("\\preceq", 5, 5, false);
        infix("\\propto", 5, 5, false);
        infix("\\sim", 5, 5, false);
        infix("\\simeq", 5, 5, false);
        infix("\\sqcap", 9, 13, true);
        infix("\\sqcup", 9, 13, true);
        infix("\\sqsubset", 5, 5, false);
        infix("\\sqsubseteq", 5, 5, false);
        infix("\\sqsupset", 5, 5, false);
        infix("\\sqsupseteq", 5, 5, false);
        infix("\\star", 13, 13, true);
        infix("\\subset", 5, 5, false);
        infix("\\subseteq", 5, 5, false);
        infix("\\succ", 5, 5, false);
        infix("\\succeq", 5, 5, false);
        infix("\\supset", 5, 5, false);
        infix("\\supseteq", 5, 5, false);
        infix("\\uplus", 9, 13, true);
        infix("\\wr", 9, 14, false);
        infix("\\X", 10, 13, true, "\\times");

        PREFIX.put("~", new Info("~", 4, 4, false));
        PREFIX.put("\\lnot", PREFIX.get("~"));
        PREFIX.put("\\neg", PREFIX.get("~"));
        SYNONYMS.put("\\lnot", "~");
        SYNONYMS.put("\\neg", "~");
        PREFIX.put("-", new Info("-.", 12, 12, false));
        PREFIX.put("[]", new Info("[]", 4, 15, false));
        PREFIX.put("<>", new Info("<>", 4, 15, false));
        PREFIX.put("ENABLED", new Info("ENABLED", 4, 15, false));
        PREFIX.put("UNCHANGED", new Info("UNCHANGED", 4, 15, false));
        PREFIX.put("SUBSET", new Info("SUBSET", 10, 13, false));
        PREFIX.put("UNION", new Info("UNION", 10, 13, false));
        PREFIX.put("DOMAIN", new Info("DOMAIN", 10, 13, false));

        POSTFIX.put("'", new Info("'", 15, 15, false));
        POSTFIX.put("^+", new Info("^+", 15, 15, false));
        POSTFIX.put("^*", new Info("^*", 15, 15, false));
        POSTFIX.put("^#", new Info("^#", 15, 15, false));
    }

    private static final Set<String> BACKSLASH_WORDS = Set.of("\\A", "\\E", "\\AA", "\\EE", "\\X", "\\times",
            "\\in", "\\notin", "\\cup", "\\union", "\\cap", "\\intersect", "\\subseteq", "\\subset", "\\supseteq",
            "\\supset", "\\o", "\\circ", "\\land", "\\lor", "\\lnot", "\\neg", "\\equiv", "\\leq", "\\geq",
            "\\approx", "\\asymp", "\\bigcirc", "\\bullet", "\\cdot", "\\cong", "\\div", "\\doteq", "\\gg", "\\ll",
            "\\prec", "\\preceq", "\\propto", "\\sim", "\\simeq", "\\sqcap", "\\sqcup", "\\sqsubset",
            "\\sqsubseteq", "\\sqsupset", "\\sqsupseteq", "\\star", "\\succ", "\\succeq", "\\uplus", "\\wr",
            "\\oplus", "\\ominus", "\\odot", "\\oslash", "\\otimes", "\\setminus");

    static boolean isBackslashWord(String w) {
        return BACKSLASH_WORDS.contains(w);
    }

    /** Infix reading of a token text, or null. */
    public static Info infix(String text) {
        return INFIX.get(text);
    }

    public static Info prefix(String text) {
        return PREFIX.get(text);
    }

    public static Info postfix(String text) {
        return POSTFIX.get(text);
    }

    /** The name shared by all spellings of an operator (the union spelling and {@code \cup} both give {@code \cup}). */
    public static String canonical(String spelling) {
        return SYNONYMS.getOrDefault(spelling, spelling);
    }

    /** Symbols a user may define or declare as infix operators (all infix symbols but a few reserved ones). */
    public static boolean isUserInfix(String text) {
        return INFIX.containsKey(text) && !text.equals("\\in") && !text.equals("\\notin") && !text.equals("=");
    }
}

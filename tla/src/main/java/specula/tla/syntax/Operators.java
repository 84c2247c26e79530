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

    private static final Map<String, Info> INFIX;
    private static final Map<String, Info> PREFIX;
    private static final Map<String, Info> POSTFIX;
    private static final Map<String, String> SYNONYMS;

    /** Collects the table once; the maps above are immutable copies of it. */
    private static final class Table {
        final Map<String, Info> infixOps = new HashMap<>();
        final Map<String, Info> prefixOps = new HashMap<>();
        final Map<String, Info> postfixOps = new HashMap<>();
        final Map<String, String> synonyms = new HashMap<>();

        void infix(String canonical, int lo, int hi, boolean left, String... spellings) {
            Info info = new Info(canonical, lo, hi, left);
            infixOps.put(canonical, info);
            for (String s : spellings) {
                infixOps.put(s, info);
                synonyms.put(s, canonical);
            }
        }
    }

    static {
        Table t = new Table();
        t.infix("!!", 9, 13, false);
        t.infix("/=", 5, 5, false, "#");
        t.infix("##", 9, 13, true);
        t.infix("$", 9, 13, true);
        t.infix("$$", 9, 13, true);
        t.infix("%", 10, 11, false);
        t.infix("%%", 10, 11, true);
        t.infix("&", 13, 13, true);
        t.infix("&&", 13, 13, true);
        t.infix("\\oplus", 10, 10, true, "(+)");
        t.infix("\\ominus", 11, 11, true, "(-)");
        t.infix("\\odot", 13, 13, true, "(.)");
        t.infix("\\oslash", 13, 13, false, "(/)");
        t.infix("\\otimes", 13, 13, true, "(\\X)");
        t.infix("*", 13, 13, true);
        t.infix("**", 13, 13, true);
        t.infix("+", 10, 10, true);
        t.infix("++", 10, 10, true);
        t.infix("-", 11, 11, true);
        t.infix("-+->", 2, 2, false);
        t.infix("--", 11, 11, true);
        t.infix("-|", 5, 5, false);
        t.infix("..", 9, 9, false);
        t.infix("...", 9, 9, false);
        t.infix("/", 13, 13, false);
        t.infix("//", 13, 13, false);
        t.infix("/\\", 3, 3, true, "\\land");
        t.infix("::=", 5, 5, false);
        t.infix(":=", 5, 5, false);
        t.infix(":>", 7, 7, false);
        t.infix("<", 5, 5, false);
        t.infix("<:", 7, 7, false);
        t.infix("\\equiv", 2, 2, false, "<=>");
        t.infix("<=", 5, 5, false, "=<", "\\leq");
        t.infix("=", 5, 5, false);
        t.infix("=>", 1, 1, false);
        t.infix("=|", 5, 5, false);
        t.infix(">", 5, 5, false);
        t.infix(">=", 5, 5, false, "\\geq");
        t.infix("??", 9, 13, true);
        t.infix("@@", 6, 6, true);
        t.infix("\\", 8, 8, false, "\\setminus");
        t.infix("\\/", 3, 3, true, "\\lor");
        t.infix("^", 14, 14, false);
        t.infix("^^", 14, 14, false);
        t.infix("|", 10, 11, true);
        t.infix("|-", 5, 5, false);
        t.infix("|=", 5, 5, false);
        t.infix("||", 10, 11, true);
        t.infix("~>", 2, 2, false);
        t.infix("\\approx", 5, 5, false);
        t.infix("\\asymp", 5, 5, false);
        t.infix("\\bigcirc", 13, 13, true);
        t.infix("\\bullet", 13, 13, true);
        t.infix("\\cap", 8, 8, true, "\\intersect");
        t.infix("\\cdot", 5, 14, true);
        t.infix("\\circ", 13, 13, true, "\\o");
        t.infix("\\cong", 5, 5, false);
        t.infix("\\cup", 8, 8, true, "\\union");
        t.infix("\\div", 13, 13, false);
        t.infix("\\doteq", 5, 5, false);
        t.infix("\\gg", 5, 5, false);
        t.infix("\\in", 5, 5, false);
        t.infix("\\notin", 5, 5, false);
        t.infix("\\ll", 5, 5, false);
        t.infix("\\prec", 5, 5, false);
        t.infix("\\preceq", 5, 5, false);
        t.infix("\\propto", 5, 5, false);
        t.infix("\\sim", 5, 5, false);
        t.infix("\\simeq", 5, 5, false);
        t.infix("\\sqcap", 9, 13, true);
        t.infix("\\sqcup", 9, 13, true);
        t.infix("\\sqsubset", 5, 5, false);
        t.infix("\\sqsubseteq", 5, 5, false);
        t.infix("\\sqsupset", 5, 5, false);
        t.infix("\\sqsupseteq", 5, 5, false);
        t.infix("\\star", 13, 13, true);
        t.infix("\\subset", 5, 5, false);
        t.infix("\\subseteq", 5, 5, false);
        t.infix("\\succ", 5, 5, false);
        t.infix("\\succeq", 5, 5, false);
        t.infix("\\supset", 5, 5, false);
        t.infix("\\supseteq", 5, 5, false);
        t.infix("\\uplus", 9, 13, true);
        t.infix("\\wr", 9, 14, false);
        t.infix("\\X", 10, 13, true, "\\times");

        t.prefixOps.put("~", new Info("~", 4, 4, false));
        t.prefixOps.put("\\lnot", t.prefixOps.get("~"));
        t.prefixOps.put("\\neg", t.prefixOps.get("~"));
        t.synonyms.put("\\lnot", "~");
        t.synonyms.put("\\neg", "~");
        t.prefixOps.put("-", new Info("-.", 12, 12, false));
        t.prefixOps.put("[]", new Info("[]", 4, 15, false));
        t.prefixOps.put("<>", new Info("<>", 4, 15, false));
        t.prefixOps.put("ENABLED", new Info("ENABLED", 4, 15, false));
        t.prefixOps.put("UNCHANGED", new Info("UNCHANGED", 4, 15, false));
        t.prefixOps.put("SUBSET", new Info("SUBSET", 10, 13, false));
        t.prefixOps.put("UNION", new Info("UNION", 10, 13, false));
        t.prefixOps.put("DOMAIN", new Info("DOMAIN", 10, 13, false));

        t.postfixOps.put("'", new Info("'", 15, 15, false));
        t.postfixOps.put("^+", new Info("^+", 15, 15, false));
        t.postfixOps.put("^*", new Info("^*", 15, 15, false));
        t.postfixOps.put("^#", new Info("^#", 15, 15, false));
        INFIX = Map.copyOf(t.infixOps);
        PREFIX = Map.copyOf(t.prefixOps);
        POSTFIX = Map.copyOf(t.postfixOps);
        SYNONYMS = Map.copyOf(t.synonyms);
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

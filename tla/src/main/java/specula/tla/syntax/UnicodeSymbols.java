package specula.tla.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The Unicode alternatives SANY accepts for ASCII symbols (tlaplus/tlaplus PR 896), mapped to their ASCII spelling.
 * The lexer emits the ASCII text, keeping the source position.
 */
final class UnicodeSymbols {
    private UnicodeSymbols() {
    }

    private static final Map<Character, String> ASCII = new HashMap<>();

    static {
        String[][] pairs = {
            {"≜", "=="}, {"←", "<-"}, {"→", "->"}, {"↦", "|->"}, {"⟨", "<<"}, {"⟩", ">>"}, {"′", "'"},
            {"∀", "\\A"}, {"∃", "\\E"}, {"¬", "~"}, {"∧", "/\\"}, {"∨", "\\/"}, {"⇒", "=>"}, {"⇔", "<=>"},
            {"≡", "\\equiv"}, {"≠", "/="}, {"∈", "\\in"}, {"∉", "\\notin"}, {"⊂", "\\subset"},
            {"⊆", "\\subseteq"}, {"⊃", "\\supset"}, {"⊇", "\\supseteq"}, {"∪", "\\cup"}, {"∩", "\\cap"},
            {"≤", "<="}, {"≥", ">="}, {"≪", "\\ll"}, {"≫", "\\gg"}, {"×", "\\X"}, {"∘", "\\o"}, {"⋅", "\\cdot"},
            {"⊕", "(+)"}, {"⊖", "(-)"}, {"⊗", "(\\X)"}, {"⊘", "(/)"}, {"⊙", "(.)"}, {"□", "[]"}, {"◇", "<>"},
            {"↝", "~>"}, {"⊢", "|-"}, {"⊨", "|="}, {"⊣", "-|"}, {"⫤", "=|"}, {"≺", "\\prec"}, {"⪯", "\\preceq"},
            {"≻", "\\succ"}, {"⪰", "\\succeq"}, {"⊏", "\\sqsubset"}, {"⊑", "\\sqsubseteq"}, {"⊐", "\\sqsupset"},
            {"⊒", "\\sqsupseteq"}, {"⊓", "\\sqcap"}, {"⊔", "\\sqcup"}, {"⊎", "\\uplus"}, {"≀", "\\wr"},
            {"∝", "\\propto"}, {"≈", "\\approx"}, {"≍", "\\asymp"}, {"≅", "\\cong"}, {"≐", "\\doteq"},
            {"∼", "\\sim"}, {"≃", "\\simeq"}, {"⋆", "\\star"}, {"◯", "\\bigcirc"}, {"●", "\\bullet"},
            {"÷", "\\div"}, {"∷", "::"}, {"≔", ":="}, {"⩴", "::="}, {"…", "..."}, {"‥", ".."}, {"‖", "||"},
            {"⁺", "^+"}, {"‼", "!!"}, {"⇸", "-+->"}, {"⁇", "??"},
        };
        for (String[] p : pairs) {
            ASCII.put(p[0].charAt(0), p[1]);
        }
    }

    /** ASCII spelling of a Unicode symbol, or null. */
    static String ascii(char c) {
        return ASCII.get(c);
    }

    static boolean isDash(char c) {
        return c == '─';
    }

    static boolean isDoubleBar(char c) {
        return c == '═';
    }
}

package specula.commands.generate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a source language's top-level units (functions, methods, types) begin, so large files can be cut
 * between them rather than through them.
 */
public enum Language {
    GO("go", "^func\\s"),
    PYTHON("python", "^(?:async\\s+def|def|class)\\s|^    (?:async\\s+def|def)\\s"),
    RUST("rust", "^\\s{0,4}(?:pub(?:\\([a-z]+\\))?\\s+)?(?:async\\s+)?(?:fn|impl|struct|enum|trait|mod)\\s"),
    JAVA("java", "^\\s{2,4}(?:@\\w+\\s+)*(?:(?:public|private|protected|static|final|synchronized|abstract|default)"
            + "\\s+)*[\\w<>\\[\\],.? ]+\\s+\\w+\\s*\\([^;]*$|^\\s{0,4}(?:public\\s+|final\\s+|abstract\\s+)*"
            + "(?:class|interface|enum|record)\\s"),
    C("c", "^[A-Za-z_][\\w\\s\\*]*\\s\\**\\w+\\s*\\([^;]*$"),
    OTHER("text", "^$^");

    private final String tag;
    private final Pattern unitStart;

    Language(String tag, String unitStart) {
        this.tag = tag;
        this.unitStart = Pattern.compile(unitStart);
    }

    /** The fence tag used in prompts. */
    public String tag() {
        return tag;
    }

    public boolean startsUnit(String line) {
        return unitStart.matcher(line).find();
    }

    public static Language of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".go")) {
            return GO;
        }
        if (n.endsWith(".py")) {
            return PYTHON;
        }
        if (n.endsWith(".rs")) {
            return RUST;
        }
        if (n.endsWith(".java") || n.endsWith(".kt") || n.endsWith(".scala")) {
            return JAVA;
        }
        if (n.endsWith(".c") || n.endsWith(".h") || n.endsWith(".cc") || n.endsWith(".cpp")) {
            return C;
        }
        return OTHER;
    }
}

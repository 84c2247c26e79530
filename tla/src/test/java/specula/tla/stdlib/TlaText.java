package specula.tla.stdlib;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import specula.tla.stdlib.StandardLibrary.Fixity;

/**
 * Regex-level reading of TLA+ source, for tests only (no parser is available to this package).
 * It relies on the layout both the library and the corpus follow: top-level definitions start in
 * column 0, nested ones (LET, proofs) are indented.
 */
final class TlaText {

    /** A definition found in column 0. */
    record Definition(String name, Fixity fixity, List<Integer> parameterArities, boolean local,
                      boolean theorem) {
    }

    private static final Pattern HEADER = Pattern.compile("-{4,}\\s*MODULE\\s+(\\w+)\\s*-{4,}");
    private static final Pattern EXTENDS = Pattern.compile("\\bEXTENDS\\s+(\\w+(?:\\s*,\\s*\\w+)*)");
    private static final Pattern INSTANCE = Pattern.compile("\\bINSTANCE\\s+(\\w+)");
    private static final Pattern UNNAMED_INSTANCE = Pattern.compile("(?m)^INSTANCE\\s+(\\w+)");
    private static final Pattern LOCAL_INSTANCE = Pattern.compile("(?m)^LOCAL\\s+INSTANCE\\s+(\\w+)");
    private static final Pattern THEOREM = Pattern.compile(
            "^(?:THEOREM|LEMMA|COROLLARY|PROPOSITION|AXIOM)\\s+(\\w+)\\s*==");
    private static final String PARAMS = "\\(((?:[^()]|\\([^()]*\\))*)\\)";
    private static final Pattern FN_DEF = Pattern.compile(
            "^(LOCAL\\s+)?(\\w+)\\s*(?:" + PARAMS + ")?\\s*(?:\\[[^\\]]*\\])?\\s*==(?!=)");
    private static final Pattern INFIX_DEF = Pattern.compile(
            "^(LOCAL\\s+)?\\w+\\s+(\\(\\S+\\)|[^\\w\\s(\\[]\\S*|\\\\\\w+)\\s+\\w+\\s*==(?!=)");
    private static final Pattern PREFIX_DEF = Pattern.compile("^(LOCAL\\s+)?(-\\.)\\s*\\w+\\s*==(?!=)");
    private static final Pattern POSTFIX_DEF = Pattern.compile(
            "^(LOCAL\\s+)?\\w+\\s*(\\^\\+|\\^\\*|\\^#)\\s*==(?!=)");
    private static final Pattern OPERATOR_PARAM = Pattern.compile("^\\s*(\\w+)\\s*\\(([_,\\s]*)\\)\\s*$");
    private static final Pattern INFIX_PARAM = Pattern.compile("^\\s*_\\S+_\\s*$");

    private TlaText() {
    }

    /**
     * Replaces comments (nested (* *) and \* to end of line) by spaces and string literals by "",
     * keeping line breaks so that column-0 layout survives.
     */
    static String stripCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("(*", i)) {
                depth++;
                i += 2;
                out.append("  ");
            } else if (depth > 0 && text.startsWith("*)", i)) {
                depth--;
                i += 2;
                out.append("  ");
            } else if (depth > 0) {
                out.append(c == '\n' ? '\n' : ' ');
                i++;
            } else if (text.startsWith("\\*", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                out.append("\"\"");
                i = Math.min(j + 1, text.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The text SANY reads: from the first module header to the ==== line that closes it (inner
     * modules included). Anything before or after is ignored by the tools, and often prose.
     */
    static String moduleBody(String strippedText) {
        Matcher header = HEADER.matcher(strippedText);
        if (!header.find()) {
            return strippedText;
        }
        int start = strippedText.lastIndexOf('\n', header.start()) + 1;
        int depth = 0;
        int pos = start;
        for (String line : strippedText.substring(start).split("\n", -1)) {
            if (HEADER.matcher(line).find()) {
                depth++;
            } else if (line.matches("\\s*={4,}\\s*")) {
                depth--;
                if (depth == 0) {
                    return strippedText.substring(start, pos + line.length());
                }
            }
            pos += line.length() + 1;
        }
        return strippedText.substring(start);
    }

    /** Name in the first module header, or null. */
    static String moduleName(String text) {
        Matcher m = HEADER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Names of all module headers in the text (outer module first, then inner ones). */
    static List<String> moduleHeaders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The outer module's text: up to the first inner module header (if any). */
    static String outerModule(String strippedText) {
        Matcher m = HEADER.matcher(strippedText);
        if (m.find() && m.find()) {
            return strippedText.substring(0, m.start());
        }
        return strippedText;
    }

    /** Modules listed in every EXTENDS clause (of stripped text). */
    static List<String> extendsModules(String strippedText) {
        List<String> names = new ArrayList<>();
        Matcher m = EXTENDS.matcher(strippedText);
        while (m.find()) {
            for (String n : m.group(1).split(",")) {
                names.add(n.trim());
            }
        }
        return names;
    }

    /** Modules named by any INSTANCE (LOCAL, named or unnamed) of stripped text. */
    static Set<String> instancedModules(String strippedText) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = INSTANCE.matcher(strippedText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Modules imported by unnamed, non-LOCAL INSTANCE in column 0. */
    static List<String> unnamedInstances(String strippedText) {
        List<String> names = new ArrayList<>();
        Matcher m = UNNAMED_INSTANCE.matcher(strippedText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Modules imported by LOCAL INSTANCE in column 0 (visible inside the module only). */
    static List<String> localInstances(String strippedText) {
        List<String> names = new ArrayList<>();
        Matcher m = LOCAL_INSTANCE.matcher(strippedText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^(?:CONSTANTS?|VARIABLES?)\\s+((?:\\w+(?:\\s*\\([_,\\s]*\\))?\\s*,\\s*)*\\w+)");

    /** Names declared by CONSTANT(S) / VARIABLE(S) in column 0. */
    static Set<String> declaredNames(String strippedText) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = DECLARATION.matcher(strippedText);
        while (m.find()) {
            for (String part : m.group(1).split(",")) {
                String name = part.replaceAll("\\(.*", "").trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static final Pattern QUANTIFIER_BINDER = Pattern.compile(
            "(?:\\\\A|\\\\E|\\\\AA|\\\\EE|CHOOSE)\\s+((?:<<)?\\s*\\w+(?:\\s*,\\s*\\w+)*\\s*(?:>>)?)\\s*(?:\\\\in|:)");
    private static final Pattern CONSTRUCTOR_BINDER = Pattern.compile(
            "[\\[{]\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\\\in\\b");
    private static final Pattern LAMBDA_BINDER = Pattern.compile("LAMBDA\\s+(\\w+(?:\\s*,\\s*\\w+)*)\\s*:");
    private static final Pattern NESTED_DEFINITION = Pattern.compile(
            "(?m)^[ \\t]+(\\w+)[ \\t]*(?:\\(([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*)\\))?[ \\t]*(?:\\[[^\\]\\n]*\\])?[ \\t]*==(?!=)");
    private static final Pattern NEW_BINDER = Pattern.compile(
            "\\bNEW\\s+(?:(?:CONSTANT|VARIABLE|STATE|ACTION|TEMPORAL)\\s+)?(\\w+)");

    /**
     * Names bound inside definitions: quantified, CHOOSE, function/set constructor and LAMBDA
     * variables, LET definitions and their parameters, and NEW declarations of theorems.
     */
    static Set<String> boundNames(String strippedText) {
        Set<String> names = new LinkedHashSet<>();
        for (Pattern p : List.of(QUANTIFIER_BINDER, CONSTRUCTOR_BINDER, LAMBDA_BINDER, NEW_BINDER)) {
            Matcher m = p.matcher(strippedText);
            while (m.find()) {
                for (String part : m.group(1).replace("<<", "").replace(">>", "").split(",")) {
                    if (!part.isBlank() && !isKeyword(part.trim())) {
                        names.add(part.trim());
                    }
                }
            }
        }
        Matcher m = NESTED_DEFINITION.matcher(strippedText);
        while (m.find()) {
            if (!isKeyword(m.group(1))) {
                names.add(m.group(1));
                names.addAll(parameterNames(m.group(2)));
            }
        }
        return names;
    }

    /** Names of the parameters of a column-0 definition line's parameter list. */
    static List<String> parameterNames(String params) {
        List<String> names = new ArrayList<>();
        if (params == null) {
            return names;
        }
        for (String part : params.replaceAll("\\([_,\\s]*\\)", "").split(",")) {
            String name = part.trim();
            if (name.matches("\\w+")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Parameter lists of the column-0 operator definitions, by operator name. */
    static java.util.Map<String, List<String>> topLevelParameters(String strippedText) {
        java.util.Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        for (String line : strippedText.split("\n")) {
            Matcher m = FN_DEF.matcher(line);
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && m.find() && m.group(3) != null) {
                result.put(m.group(2), parameterNames(m.group(3)));
            }
        }
        return result;
    }

    /** Column-0 definitions (operators, functions, theorems) of stripped text. */
    static List<Definition> topLevelDefinitions(String strippedText) {
        List<Definition> defs = new ArrayList<>();
        for (String line : strippedText.split("\n")) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            Definition d = parseDefinition(line);
            if (d != null) {
                defs.add(d);
            }
        }
        return defs;
    }

    private static Definition parseDefinition(String line) {
        Matcher m = THEOREM.matcher(line);
        if (m.find()) {
            return new Definition(m.group(1), Fixity.FN, List.of(), false, true);
        }
        m = PREFIX_DEF.matcher(line);
        if (m.find()) {
            return new Definition(m.group(2), Fixity.PREFIX, List.of(0), m.group(1) != null, false);
        }
        m = POSTFIX_DEF.matcher(line);
        if (m.find()) {
            return new Definition(m.group(2), Fixity.POSTFIX, List.of(0), m.group(1) != null, false);
        }
        m = FN_DEF.matcher(line);
        if (m.find() && !isKeyword(m.group(2))) {
            return new Definition(m.group(2), Fixity.FN, parameterArities(m.group(3)), m.group(1) != null,
                    false);
        }
        m = INFIX_DEF.matcher(line);
        if (m.find()) {
            return new Definition(m.group(2), Fixity.INFIX, List.of(0, 0), m.group(1) != null, false);
        }
        return null;
    }

    /** Arity of each parameter in a definition's parameter list ("s, Test(_)" gives [0, 1]). */
    static List<Integer> parameterArities(String params) {
        List<Integer> arities = new ArrayList<>();
        if (params == null) {
            return arities;
        }
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : (params + ",").toCharArray()) {
            if (c == ',' && depth == 0) {
                arities.add(parameterArity(current.toString()));
                current.setLength(0);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            current.append(c);
        }
        return arities;
    }

    private static int parameterArity(String param) {
        Matcher op = OPERATOR_PARAM.matcher(param);
        if (op.matches()) {
            return (int) op.group(2).chars().filter(ch -> ch == '_').count();
        }
        return INFIX_PARAM.matcher(param).matches() ? 2 : 0;
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word);
    }

    static final Set<String> KEYWORDS = Set.of("ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE",
            "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN",
            "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER", "SF_", "SUBSET", "THEN", "THEOREM",
            "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WF_", "WITH", "LAMBDA", "RECURSIVE",
            "BOOLEAN", "STRING", "TRUE", "FALSE", "ACTION", "BY", "COROLLARY", "DEF", "DEFINE", "DEFS",
            "HAVE", "HIDE", "LEMMA", "NEW", "OBVIOUS", "OMITTED", "ONLY", "PICK", "PROOF",
            "PROPOSITION", "PROVE", "QED", "SUFFICES", "TAKE", "TEMPORAL", "USE", "WITNESS", "STATE");
}

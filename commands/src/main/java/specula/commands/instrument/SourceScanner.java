package specula.commands.instrument;

/**
 * Lexical facts about brace-language source: where comments, strings and character literals are, and which
 * bracket closes which. Rust lifetimes ({@code 'a}) are told apart from character literals.
 */
final class SourceScanner {
    private final String text;
    private final Language language;
    /** For each offset: true when it is inside a comment, string or character literal. */
    private final boolean[] skipped;

    SourceScanner(String text, Language language) {
        this.text = text;
        this.language = language;
        this.skipped = new boolean[text.length() + 1];
        mark();
    }

    private void mark() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end = i;
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (c == '"') {
                end = closeQuote(i, '"');
            } else if (c == '`' && language == Language.GO) {
                end = text.indexOf('`', i + 1);
                end = end < 0 ? n : end + 1;
            } else if (c == '\'') {
                end = charLiteralEnd(i);
            }
            if (end > i) {
                for (int k = i; k < end && k < n; k++) {
                    skipped[k] = true;
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    private int closeQuote(int open, char quote) {
        for (int k = open + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == quote) {
                return k + 1;
            }
        }
        return text.length();
    }

    /** The end of a character literal starting at {@code i}, or {@code i} for a Rust lifetime. */
    private int charLiteralEnd(int i) {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
            return closeQuote(i, '\'');
        }
        if (i + 2 < text.length() && text.charAt(i + 2) == '\'') {
            return i + 3;
        }
        return language == Language.RUST ? i : closeQuote(i, '\'');
    }

    boolean inCommentOrString(int at) {
        return skipped[at];
    }

    int skipSpace(int at) {
        int i = at;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || skipped[i])) {
            i++;
        }
        return i;
    }

    /** The offset of the bracket closing the one at {@code open}; the text's end when unbalanced. */
    int matching(int open, char o, char c) {
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            if (skipped[k]) {
                continue;
            }
            char ch = text.charAt(k);
            if (ch == o) {
                depth++;
            } else if (ch == c && !(o == '<' && k > 0 && text.charAt(k - 1) == '-')) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced '" + o + "' at line " + FunctionFinder.lineOf(text, open));
    }

    /**
     * After a parameter list: the offset of the body's opening brace, or -1 when a {@code ;} (a declaration
     * without body) or an {@code =}/{@code )}/{@code ,} (not a definition) comes first. Return types, generics,
     * {@code throws} and {@code where} clauses are passed over.
     */
    int bodyStart(int from) {
        int angle = 0;
        int paren = 0;
        for (int k = from; k < text.length(); k++) {
            if (skipped[k]) {
                continue;
            }
            char ch = text.charAt(k);
            if (ch == '<') {
                angle++;
            } else if (ch == '>' && !(k > 0 && text.charAt(k - 1) == '-')) {
                angle--;
            } else if (ch == '(') {
                paren++;
            } else if (ch == ')') {
                if (paren == 0) {
                    return -1;
                }
                paren--;
            } else if (ch == '{' && angle <= 0 && paren == 0) {
                return k;
            } else if ((ch == ';' || ch == '=' || ch == ',') && angle <= 0 && paren == 0) {
                return -1;
            }
        }
        return -1;
    }
}

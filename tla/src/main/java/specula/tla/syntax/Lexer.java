package specula.tla.syntax;

import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns module text into tokens. Like SANY it ignores everything before the first {@code ---- MODULE} and after the
 * {@code ====} that closes that module; comments go to a separate list for the printer.
 */
final class Lexer {
    private static final Pattern HEADER = Pattern.compile("(?:-{4,}|─{4,})[ \\t\\r\\n\\f]*MODULE(?![A-Za-z0-9_])");
    /** Longest-match symbol table, longest first within each first character (checked in order). */
    private static final String[] SYMBOLS = {
        "-+->", "(\\X)", "<=>", "...", "::=", "(+)", "(-)", "(.)", "(/)", "|->", ">>_",
        "==", "-.", "->", "<-", "|-", "|=", "||", "&&", "**", "++", "--", "$$", "##", "%%", "^^", "??", "!!", "//",
        "/=", "/\\", "\\/", "=>", "=<", "<=", ">=", "<:", ":>", "..", "::", ":=", "-|", "=|", "@@", "<<", ">>",
        "<>", "[]", "]_", "^+", "^*", "^#", "~>",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", "!", "@", "'", "=", "#", "<", ">", "+", "-", "*", "/", "%",
        "^", "&", "|", "$", "?", "~", "_", "\\",
    };

    /** SYMBOLS grouped by first character, longest first, so each lookup tries only a handful. */
    private static final String[][] BY_FIRST = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            final char ch = c;
            BY_FIRST[c] = java.util.Arrays.stream(SYMBOLS).filter(x -> x.charAt(0) == ch).toArray(String[]::new);
        }
    }

    private final String file;
    private final String src;
    /** The text as an array: per-character access on a String with non-Latin-1 text is markedly slower. */
    private final char[] buf;
    private final int len;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Parts.Comment> comments = new ArrayList<>();
    private final List<SyntaxDiagnostic> errors = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int col = 1;
    private int moduleDepth;

    Lexer(String file, String src) {
        this.file = file;
        this.src = src;
        this.buf = src.toCharArray();
        this.len = buf.length;
    }

    record Result(List<Token> tokens, List<Parts.Comment> comments, List<SyntaxDiagnostic> errors) {
    }

    Result run() {
        Matcher m = HEADER.matcher(src);
        if (m.find()) {
            skipTo(m.start());
            lexAll();
        } else {
            skipTo(len);
        }
        int[] eof = lastCharPosition();
        tokens.add(new Token(Token.Kind.EOF, "<EOF>", eof[0], eof[1], eof[0], eof[1]));
        return new Result(tokens, comments, errors);
    }

    /** SANY places end of file on the last character read. */
    private int[] lastCharPosition() {
        if (src.isEmpty()) {
            return new int[] {1, 1};
        }
        int l = 1;
        int c = 0;
        for (int i = 0; i < len; i++) {
            char ch = buf[i];
            if (i > 0 && buf[i - 1] == '\n') {
                l++;
                c = 0;
            }
            c = ch == '\t' ? ((c / 8) + 1) * 8 : c + 1;
        }
        return new int[] {l, buf[len - 1] == '\t' ? c : c};
    }

    private void skipTo(int target) {
        while (pos < target) {
            adv();
        }
    }

    private void adv() {
        char ch = buf[pos++];
        if (ch == '\n') {
            line++;
            col = 1;
        } else if (ch == '\t') {
            col = ((col - 1) / 8 + 1) * 8 + 1;
        } else {
            col++;
        }
    }

    private char at(int i) {
        return i < len ? buf[i] : '\0';
    }

    private boolean startsWith(String sym, int at) {
        if (at + sym.length() > len) {
            return false;
        }
        for (int k = 0; k < sym.length(); k++) {
            if (buf[at + k] != sym.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void lexAll() {
        while (true) {
            skipSpaceAndComments();
            if (pos >= len || !errors.isEmpty()) {
                return;
            }
            if (!lexOne()) {
                return;
            }
        }
    }

    private void skipSpaceAndComments() {
        while (pos < len) {
            char c = buf[pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                adv();
            } else if (c == '\\' && at(pos + 1) == '*') {
                int sl = line, sc = col, start = pos;
                while (pos < len && buf[pos] != '\n') {
                    adv();
                }
                int end = pos > start ? pos : start;
                addComment(sl, sc, start, end);
            } else if (c == '(' && at(pos + 1) == '*') {
                if (!blockComment()) {
                    return;
                }
            } else {
                return;
            }
        }
    }

    private boolean blockComment() {
        int sl = line, sc = col, start = pos;
        int depth = 0;
        while (pos < len) {
            if (buf[pos] == '(' && at(pos + 1) == '*') {
                depth++;
                adv();
                adv();
            } else if (buf[pos] == '*' && at(pos + 1) == ')') {
                depth--;
                adv();
                adv();
                if (depth == 0) {
                    addComment(sl, sc, start, pos);
                    return true;
                }
            } else {
                adv();
            }
        }
        int[] eof = lastCharPosition();
        lexError(eof[0], eof[1], "<EOF>", "unterminated comment starting at line " + sl + ", column " + sc,
                "a (* comment is never closed by *)");
        return false;
    }

    private void addComment(int sl, int sc, int start, int end) {
        int el = line, ec = col - 1;
        if (ec == 0) { // ended right after a newline is impossible here; keep the range sane
            ec = 1;
        }
        comments.add(new Parts.Comment(new Range(file, sl, sc, el, ec), src.substring(start, end)));
    }

    private void lexError(int l, int c, String what, String detail, String hint) {
        errors.add(new SyntaxDiagnostic(new Range(file, l, c, l, c), "E_LEX",
                "Lexical error at line " + l + ", column " + c + ".  Encountered: " + what + " (" + detail + ")",
                hint));
    }

    private boolean lexOne() {
        char c = buf[pos];
        int sl = line, sc = col, start = pos;
        if (isWordChar(c)) {
            return lexWord(sl, sc, start);
        }
        if (c == '"') {
            return lexString(sl, sc);
        }
        if (c == '-' && at(pos + 1) == '-' && at(pos + 2) == '-' && at(pos + 3) == '-') {
            while (at(pos) == '-') {
                adv();
            }
            emit(Token.Kind.DASHES, start, sl, sc);
            return true;
        }
        if (c == '=' && at(pos + 1) == '=' && at(pos + 2) == '=' && at(pos + 3) == '=') {
            while (at(pos) == '=') {
                adv();
            }
            emit(Token.Kind.EQUALS, start, sl, sc);
            moduleDepth--;
            return moduleDepth > 0;
        }
        if (c >= 128) {
            return lexUnicode(c, sl, sc, start);
        }
        if (c == '<' && lexStep(sl, sc, start)) {
            return true;
        }
        if (c == '\\' && Character.isLetter(at(pos + 1))) {
            return lexBackslashWord(sl, sc, start);
        }
        for (String s : c < 128 ? BY_FIRST[c] : new String[0]) {
            if (startsWith(s, pos)) {
                for (int i = 0; i < s.length(); i++) {
                    adv();
                }
                emit(Token.Kind.OP, start, sl, sc);
                return true;
            }
        }
        lexError(sl, sc, "\"" + c + "\"", "unexpected character", c == ';'
                ? "TLA+ has no ; separator: conjoin with /\\ (or separate list elements with ,)"
                : "this character is not part of TLA+");
        return false;
    }

    /** Unicode alternatives: emitted with their ASCII text at the source position. */
    private boolean lexUnicode(char c, int sl, int sc, int start) {
        if (UnicodeSymbols.isDash(c) || UnicodeSymbols.isDoubleBar(c)) {
            int n = 0;
            while (at(pos + n) == c) {
                n++;
            }
            if (n >= 4) {
                skipTo(pos + n);
                boolean end = UnicodeSymbols.isDoubleBar(c);
                tokens.add(new Token(end ? Token.Kind.EQUALS : Token.Kind.DASHES, end ? "====" : "----", sl, sc,
                        line, col - 1));
                if (end) {
                    moduleDepth--;
                    return moduleDepth > 0;
                }
                return true;
            }
        }
        String ascii = UnicodeSymbols.ascii(c);
        if (ascii == null) {
            lexError(sl, sc, "\"" + c + "\"", "unexpected character", "this character is not part of TLA+");
            return false;
        }
        adv();
        if ((c == '∀' || c == '∃') && at(pos) == c) {
            adv();
            ascii = ascii + ascii.substring(1);
        } else if (c == '⟩' && at(pos) == '_') {
            adv();
            ascii = ">>_";
        }
        tokens.add(new Token(Token.Kind.OP, ascii, sl, sc, line, col - 1));
        return true;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (Character.isLetterOrDigit(c) || c == '_') : false;
    }

    private boolean lexWord(int sl, int sc, int start) {
        int end = pos;
        boolean letter = false;
        while (isWordChar(at(end))) {
            letter |= at(end) != '_' && !Character.isDigit(at(end));
            end++;
        }
        String w = src.substring(pos, end);
        if ((w.startsWith("WF_") || w.startsWith("SF_")) && w.length() >= 3) {
            skipTo(pos + 3);
            emit(Token.Kind.KEYWORD, start, sl, sc);
            return true;
        }
        if (!letter && allDigits(w)) {
            skipTo(end);
            if (at(pos) == '.' && Character.isDigit(at(pos + 1))) {
                adv();
                while (Character.isDigit(at(pos))) {
                    adv();
                }
            }
            emit(Token.Kind.NUMBER, start, sl, sc);
            return true;
        }
        if (!letter) { // underscores only: the "_" placeholder(s)
            adv();
            emit(Token.Kind.OP, start, sl, sc);
            return true;
        }
        skipTo(end);
        if (Keywords.ALL.contains(w)) {
            emit(Token.Kind.KEYWORD, start, sl, sc);
            if (w.equals("MODULE") && tokens.size() >= 2 && tokens.get(tokens.size() - 2).kind() == Token.Kind.DASHES) {
                moduleDepth++;
            }
        } else {
            emit(Token.Kind.IDENT, start, sl, sc);
        }
        return true;
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean lexBackslashWord(int sl, int sc, int start) {
        int end = pos + 1;
        while (Character.isLetterOrDigit(at(end))) {
            end++;
        }
        String w = src.substring(pos, end);
        if (Operators.isBackslashWord(w)) {
            skipTo(end);
            emit(Token.Kind.OP, start, sl, sc);
            return true;
        }
        String body = w.substring(2);
        char radix = Character.toLowerCase(w.charAt(1));
        if (!body.isEmpty() && ((radix == 'b' && body.matches("[01]+")) || (radix == 'o' && body.matches("[0-7]+"))
                || (radix == 'h' && body.matches("[0-9a-fA-F]+")))) {
            skipTo(end);
            emit(Token.Kind.NUMBER, start, sl, sc);
            return true;
        }
        // Not a known word: SANY lexes the longest known prefix (e.g. \in followed by letters is an error later).
        for (int e = end - 1; e > pos + 1; e--) {
            if (Operators.isBackslashWord(src.substring(pos, e))) {
                skipTo(e);
                emit(Token.Kind.OP, start, sl, sc);
                return true;
            }
        }
        skipTo(pos + 1);
        emit(Token.Kind.OP, start, sl, sc); // a lone "\" (set difference) followed by a name
        return true;
    }

    /** Proof step names {@code <1>}, {@code <1>2}, {@code <2>a.}, {@code <*>}, {@code <+>}. */
    private boolean lexStep(int sl, int sc, int start) {
        int i = pos + 1;
        if (at(i) == '*' || at(i) == '+') {
            i++;
        } else {
            if (!Character.isDigit(at(i))) {
                return false;
            }
            while (Character.isDigit(at(i))) {
                i++;
            }
        }
        if (at(i) != '>') {
            return false;
        }
        i++;
        while (isWordChar(at(i))) {
            i++;
        }
        if (at(i) == '.' && at(i + 1) != '.') {
            i++;
        }
        skipTo(i);
        emit(Token.Kind.STEP, start, sl, sc);
        return true;
    }

    private boolean lexString(int sl, int sc) {
        StringBuilder sb = new StringBuilder();
        adv();
        while (true) {
            char c = at(pos);
            if (pos >= len || c == '\n' || c == '\r') {
                lexError(line, col, pos >= len ? "<EOF>" : "\"\\n\"", "unterminated string",
                        "a string literal must close with \" on the same line");
                return false;
            }
            if (c == '"') {
                adv();
                break;
            }
            if (c == '\\') {
                char n = at(pos + 1);
                char v = switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    case '"' -> '"';
                    case '\\' -> '\\';
                    default -> '\0';
                };
                if (v == '\0') {
                    lexError(line, col, "\"\\" + n + "\"", "bad escape in string",
                            "only \\\" \\\\ \\n \\t \\r \\f escapes are allowed in strings");
                    return false;
                }
                sb.append(v);
                adv();
                adv();
                continue;
            }
            sb.append(c);
            adv();
        }
        tokens.add(new Token(Token.Kind.STRING, sb.toString(), sl, sc, line, col - 1));
        return true;
    }

    private void emit(Token.Kind kind, int start, int sl, int sc) {
        tokens.add(new Token(kind, new String(buf, start, pos - start), sl, sc, line, col - 1));
    }
}

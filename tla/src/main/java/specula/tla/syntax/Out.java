package specula.tla.syntax;

/** Text buffer that knows the column of the next character, so aligned layouts can be produced. */
final class Out {
    private final StringBuilder sb = new StringBuilder();
    private int column = 1;

    int column() {
        return column;
    }

    Out text(String s) {
        sb.append(s);
        int nl = s.lastIndexOf('\n');
        column = nl < 0 ? column + s.length() : s.length() - nl;
        return this;
    }

    /** Newline, then spaces so that the next character lands in {@code col}. */
    Out newline(int col) {
        // trim trailing spaces for tidy output
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
        sb.append(" ".repeat(Math.max(0, col - 1)));
        column = Math.max(1, col);
        return this;
    }

    /** Pads with spaces up to {@code col} (at least one space if already there or past it when {@code atLeastOne}). */
    Out padTo(int col) {
        if (column < col) {
            sb.append(" ".repeat(col - column));
            column = col;
        }
        return this;
    }

    boolean endsWith(char c) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == c;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

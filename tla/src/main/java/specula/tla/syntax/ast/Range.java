package specula.tla.syntax.ast;

/** A source span, 1-based like SANY: {@code line:column} of the first character to {@code endLine:endColumn} of the last. */
public record Range(String file, int line, int column, int endLine, int endColumn) {
    public static Range span(Range from, Range to) {
        return new Range(from.file, from.line, from.column, to.endLine, to.endColumn);
    }

    public Range to(Range end) {
        return span(this, end);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}

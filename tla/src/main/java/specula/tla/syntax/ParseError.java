package specula.tla.syntax;

/** Internal control flow: unwinds to the nearest recovery point. Never escapes {@link TlaParser}. */
final class ParseError extends RuntimeException {
    final SyntaxDiagnostic diagnostic;

    ParseError(SyntaxDiagnostic diagnostic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
    }
}

package specula.tla.syntax;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Unit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers that wrap snippets into modules. */
final class Fixtures {
    private Fixtures() {
    }

    static ParseResult parse(String text) {
        return new TlaParser().parse("T.tla", text);
    }

    static Module module(String body) {
        ParseResult r = parse("---- MODULE T ----\n" + body + "\n====\n");
        assertTrue(r.ok(), () -> "expected no errors, got " + r.diagnostics());
        return r.module();
    }

    /** The body of {@code X == <text>}. */
    static Expr expr(String text) {
        Unit u = module("X == " + text).units().get(0);
        return ((Unit.OpDef) u).body();
    }

    static String sexp(String text) {
        return Sexp.of(expr(text));
    }

    /** First diagnostic of a module that must fail. */
    static SyntaxDiagnostic firstError(String text) {
        ParseResult r = parse(text);
        assertTrue(!r.diagnostics().isEmpty(), "expected a syntax error");
        return r.diagnostics().get(0);
    }
}

package specula.tla.syntax;

import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Range;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point: text in, module and diagnostics out. No exception escapes for any input; a stack overflow on absurdly
 * deep nesting becomes a diagnostic too.
 */
public final class TlaParser {

    public ParseResult parse(String fileName, String text) {
        int lines = countLines(text);
        try {
            Lexer.Result lexed = new Lexer(fileName, text).run();
            ModuleParser p = new ModuleParser(fileName, lexed.tokens(), lexed.comments());
            Module m = p.parseModule();
            List<SyntaxDiagnostic> diags = new ArrayList<>();
            if (!lexed.errors().isEmpty()) {
                // The lexer stopped early; parse errors at its truncation point are consequences of it.
                SyntaxDiagnostic lex = lexed.errors().get(0);
                for (SyntaxDiagnostic d : p.diagnostics()) {
                    if (before(d.range(), lex.range())) {
                        diags.add(d);
                    }
                }
                diags.add(lex);
            } else {
                diags.addAll(p.diagnostics());
            }
            return new ParseResult(fileName, m, List.copyOf(diags), lines);
        } catch (StackOverflowError e) {
            return failure(fileName, lines, "E_TOO_DEEP", "expression nested too deeply to parse");
        } catch (RuntimeException e) {
            return failure(fileName, lines, "E_INTERNAL", "internal parser error: " + e);
        }
    }

    private static boolean before(Range a, Range b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    private static ParseResult failure(String fileName, int lines, String code, String message) {
        SyntaxDiagnostic d = new SyntaxDiagnostic(new Range(fileName, 1, 1, 1, 1), code, message, null);
        return new ParseResult(fileName, null, List.of(d), lines);
    }

    private static int countLines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}

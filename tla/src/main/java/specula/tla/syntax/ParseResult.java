package specula.tla.syntax;

import specula.tla.syntax.ast.Module;

import java.util.List;

/** The (possibly partial) module and the syntax errors found, first one first. {@code module} is null only when no
 * module header was found. */
public record ParseResult(String fileName, Module module, List<SyntaxDiagnostic> diagnostics, int lines) {
    public boolean ok() {
        return diagnostics.isEmpty() && module != null;
    }
}

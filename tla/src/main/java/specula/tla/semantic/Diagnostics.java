package specula.tla.semantic;

import java.util.List;

/** All findings of one analysis, errors and warnings in report order (a module's syntax errors first). */
public record Diagnostics(List<SemanticDiagnostic> all) {
    public Diagnostics {
        all = List.copyOf(all);
    }

    public List<SemanticDiagnostic> errors() {
        return all.stream().filter(SemanticDiagnostic::isError).toList();
    }

    public List<SemanticDiagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(SemanticDiagnostic::isError);
    }

    /** The first error, the one SANY would print first; null when there is none. */
    public SemanticDiagnostic firstError() {
        return all.stream().filter(SemanticDiagnostic::isError).findFirst().orElse(null);
    }
}

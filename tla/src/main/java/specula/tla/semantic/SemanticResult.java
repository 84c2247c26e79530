package specula.tla.semantic;

import specula.tla.syntax.ParseResult;

import java.util.Map;

/**
 * The outcome of {@link SpecFront#analyze}: the root module resolved (null when it or a module it needs failed to
 * parse or was not found), every module reached in dependency order (dependencies before their users; built-ins
 * included), the parse results by module name, and all diagnostics (syntax errors of any module first, as SANY
 * stops after parsing when one fails).
 */
public record SemanticResult(String root, ResolvedModule module, Map<String, ResolvedModule> modules,
                             Map<String, ParseResult> parsed, Diagnostics diagnostics) {
    public boolean ok() {
        return module != null && !diagnostics.hasErrors();
    }

    /** SANY's verdict class: "ok", "syntax" or "semantic". */
    public String phase() {
        SemanticDiagnostic first = diagnostics.firstError();
        if (first == null) {
            return module == null ? "semantic" : "ok";
        }
        return first.phase() == SemanticDiagnostic.Phase.SYNTAX ? "syntax" : "semantic";
    }
}

package specula.commands.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import specula.commands.fix.Problem;
import specula.tla.syntax.DiagnosticFormatter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.WorkspaceParser;

/** {@link ModuleChecker} over the TLA+ parser: SANY's wording, our hints, carets under the reported column. */
public final class SyntaxChecker implements ModuleChecker {
    private final WorkspaceParser parser = new WorkspaceParser(new TlaParser());

    @Override
    public CheckReport check(String root, Function<String, Optional<String>> lookup) {
        WorkspaceParser.Result r = parser.parse(root, lookup);
        List<ModuleReport> modules = new ArrayList<>();
        for (Map.Entry<String, ParseResult> e : r.modules().entrySet()) {
            String text = lookup.apply(e.getKey()).orElse("");
            modules.add(new ModuleReport(e.getKey(), findings(e.getValue(), text)));
        }
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no module " + root + " in the workspace");
        }
        return new CheckReport(modules, r.external());
    }

    private static List<Finding> findings(ParseResult result, String text) {
        List<Finding> out = new ArrayList<>();
        for (SyntaxDiagnostic d : result.diagnostics()) {
            // The fix loop and the knowledge base match SANY's message; the hint is for people (and the renderer).
            Problem p = new Problem(d.range().line(), d.range().column(), d.message(), Problem.Phase.PARSE);
            out.add(new Finding(result.fileName(), p, DiagnosticFormatter.format(d, text)));
        }
        if (out.isEmpty() && result.module() == null) {
            out.add(new Finding(result.fileName(), new Problem(1, 1, "no MODULE header found", Problem.Phase.PARSE),
                    "***Parse Error*** " + result.fileName() + ":1:1\nno MODULE header found\n"));
        }
        return out;
    }
}

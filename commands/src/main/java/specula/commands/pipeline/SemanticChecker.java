package specula.commands.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import specula.commands.fix.Problem;
import specula.tla.semantic.DiagnosticPrinter;
import specula.tla.semantic.ModuleSource;
import specula.tla.semantic.SemanticDiagnostic;
import specula.tla.semantic.SemanticResult;
import specula.tla.semantic.SpecFront;
import specula.tla.stdlib.StandardLibrary;

/**
 * {@link ModuleChecker} over the whole front end (parse, resolution, arities, levels), so {@code parse} and
 * {@code fix} give SANY's verdict, not only the syntax phase's. One front end per checker: the built-in modules
 * are parsed and analysed once, and unchanged workspace modules are reused between checks.
 */
public final class SemanticChecker implements ModuleChecker {
    private final SpecFront front;
    /** The workspace of the check in progress; the front end reads module texts through it. */
    private Function<String, Optional<String>> current = n -> Optional.empty();

    public SemanticChecker() {
        this(new StandardLibrary());
    }

    public SemanticChecker(StandardLibrary library) {
        ModuleSource workspace = name -> current.apply(name)
                .map(text -> new ModuleSource.SourceText(name, text, "workspace", false));
        this.front = new SpecFront(workspace, library);
    }

    @Override
    public synchronized CheckReport check(String root, Function<String, Optional<String>> lookup) {
        if (lookup.apply(root).isEmpty()) {
            throw new IllegalArgumentException("no module " + root + " in the workspace");
        }
        current = lookup;
        try {
            SemanticResult result = front.analyze(root);
            return report(root, result, lookup);
        } finally {
            current = n -> Optional.empty();
        }
    }

    private static CheckReport report(String root, SemanticResult result, Function<String, Optional<String>> lookup) {
        // Workspace modules reached, root first; the built-ins the spec uses are listed as external.
        Map<String, List<Finding>> byModule = new LinkedHashMap<>();
        byModule.put(root, new ArrayList<>());
        List<String> external = new ArrayList<>();
        for (String name : result.parsed().keySet()) {
            if (lookup.apply(name).isPresent()) {
                byModule.putIfAbsent(name, new ArrayList<>());
            } else {
                external.add(name);
            }
        }
        for (SemanticDiagnostic d : result.diagnostics().errors()) {
            String module = moduleOf(d, root);
            String text = lookup.apply(module).orElse("");
            Problem.Phase phase = d.phase() == SemanticDiagnostic.Phase.SYNTAX ? Problem.Phase.PARSE
                    : d.code().startsWith("LEVEL") || d.message().contains("level") ? Problem.Phase.LEVEL
                    : Problem.Phase.SEMANTIC;
            int line = d.range() == null ? 0 : d.range().line();
            int column = d.range() == null ? 0 : d.range().column();
            // The hint names the likely mistake in plain words: it helps both retrieval and the model.
            String message = d.hint() == null ? d.message() : d.message() + " (hint: " + d.hint() + ")";
            Problem p = new Problem(line, column, message, phase);
            byModule.computeIfAbsent(module, k -> new ArrayList<>())
                    .add(new Finding(module + ".tla", p, DiagnosticPrinter.format(d, text)));
        }
        List<ModuleReport> modules = new ArrayList<>();
        byModule.forEach((name, findings) -> modules.add(new ModuleReport(name, findings)));
        return new CheckReport(modules, external);
    }

    private static String moduleOf(SemanticDiagnostic d, String root) {
        if (d.range() == null || d.range().file() == null) {
            return root;
        }
        String f = d.range().file();
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        f = f.substring(slash + 1);
        return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
    }
}

package specula.tla.semantic;

import specula.tla.stdlib.StandardLibrary;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.SyntaxDiagnostic;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.ast.Parts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TLA+ front end as SANY runs it: parse the root module and everything it EXTENDS or INSTANCEs, then resolve
 * names, check arities and levels. Modules are looked up through the configured {@link ModuleSource} chain, then the
 * built-in library.
 *
 * <p>Incremental: parse results are cached by module text, analyses by text and by the identity of the analysed
 * modules they depend on, so re-analysing after one module's text changed re-parses and re-analyses that module and
 * the ones depending on it only; built-in modules are parsed and analysed once per instance. Not thread-safe.
 */
public final class SpecFront {
    private final ModuleSource source;
    private final SemanticHints hints;
    private final TlaParser parser = new TlaParser();
    private final Map<String, CachedParse> parses = new HashMap<>();
    private final Map<String, CachedAnalysis> analyses = new HashMap<>();
    /** Built-in modules' caches, shared with the fronts made by {@link #withSource}. */
    private final Map<String, CachedParse> builtinParses;
    private final Map<String, CachedAnalysis> builtinAnalyses;
    private final StandardLibrary library;

    private record CachedParse(String text, ParseResult result) {
    }

    private record CachedAnalysis(ParseResult parse, Map<String, ResolvedModule> deps, ResolvedModule module) {
    }

    /** {@code source} is searched first (workspace, folder, library paths); the built-ins of {@code library} last. */
    public SpecFront(ModuleSource source, StandardLibrary library) {
        this(source, library, new HashMap<>(), new HashMap<>());
    }

    private SpecFront(ModuleSource source, StandardLibrary library, Map<String, CachedParse> builtinParses,
                      Map<String, CachedAnalysis> builtinAnalyses) {
        this.source = ModuleResolver.withLibrary(source, library);
        this.library = library;
        this.hints = new SemanticHints(library);
        this.builtinParses = builtinParses;
        this.builtinAnalyses = builtinAnalyses;
    }

    /**
     * SANY's lookup order: the workspace texts (read at each analysis, so the caller edits the map), then the folder
     * of the root module ({@code folder}, may be null), then {@code libraryPaths} in order, then the built-ins.
     */
    public static SpecFront forWorkspace(Map<String, String> workspace, java.nio.file.Path folder,
                                         List<java.nio.file.Path> libraryPaths, StandardLibrary library) {
        List<ModuleSource> chain = new ArrayList<>();
        chain.add(ModuleSource.workspace(workspace));
        if (folder != null) {
            chain.add(ModuleSource.folder(folder));
        }
        libraryPaths.forEach(p -> chain.add(ModuleSource.folder(p)));
        return new SpecFront(ModuleSource.chain(chain), library);
    }

    /**
     * A front end for other sources (another spec folder) that shares this one's parsed and analysed built-in
     * modules. A shared built-in analysis is reused only where its dependencies resolve to the same modules, so a
     * folder that shadows a standard module still gets its own.
     */
    public SpecFront withSource(ModuleSource other) {
        return new SpecFront(other, library, builtinParses, builtinAnalyses);
    }

    public SemanticResult analyze(String rootName) {
        Run run = new Run();
        ResolvedModule root = run.resolve(rootName, null, null);
        List<SemanticDiagnostic> all = new ArrayList<>(run.syntax);
        if (run.syntax.isEmpty()) {
            for (ResolvedModule m : run.done.values()) {
                if (m != null) {
                    all.addAll(m.diagnostics().all());
                }
            }
            all.addAll(run.lookupErrors);
        }
        Map<String, ResolvedModule> modules = new LinkedHashMap<>();
        run.done.forEach((k, v) -> {
            if (v != null) {
                modules.put(k, v);
            }
        });
        return new SemanticResult(rootName, run.syntax.isEmpty() ? root : null, modules, run.parsed,
                new Diagnostics(all));
    }

    /** The state of one analysis: modules finished (in completion order), the import chain, findings. */
    private final class Run {
        final Map<String, ResolvedModule> done = new LinkedHashMap<>();
        final Map<String, ParseResult> parsed = new LinkedHashMap<>();
        final Deque<String> chain = new ArrayDeque<>();
        final List<SemanticDiagnostic> syntax = new ArrayList<>();
        final List<SemanticDiagnostic> lookupErrors = new ArrayList<>();
        final ModuleResolver resolver = new ModuleResolver(source);

        ResolvedModule resolve(String name, Parts.Name site, AnalysisContext requester) {
            if (done.containsKey(name)) {
                return done.get(name);
            }
            if (chain.contains(name)) {
                List<String> cycle = new ArrayList<>(chain);
                java.util.Collections.reverse(cycle);
                cycle = cycle.subList(cycle.indexOf(name), cycle.size());
                report(requester, site, "MODULE_DEPENDENCY_CYCLE", "Circular dependency among modules: "
                        + String.join(" -> ", cycle) + " -> " + name + ".");
                return null;
            }
            Optional<ModuleSource.SourceText> text = resolver.find(name);
            if (text.isEmpty()) {
                List<String> path = new ArrayList<>(chain);
                java.util.Collections.reverse(path);
                report(requester, site, "MODULE_NOT_FOUND", "Cannot find source file for module " + name
                        + (requester == null ? "." : " imported in module " + requester.module + " (via "
                        + String.join(" -> ", path) + ")."), hints.unknownModule(name));
                done.put(name, null);
                return null;
            }
            ParseResult pr = parse(text.get());
            parsed.put(name, pr);
            if (pr.module() != null && !pr.module().name().equals(name)) {
                // SANY refuses a file whose module is named otherwise, before any semantic analysis.
                specula.tla.syntax.ast.Range r = pr.module().range();
                syntax.add(new SemanticDiagnostic(new specula.tla.syntax.ast.Range(r.file(), r.line(), r.column(),
                        r.line(), r.column()), "MODULE_NAME_MISMATCH", Severity.ERROR,
                        SemanticDiagnostic.Phase.SYNTAX, "File name '" + name + "' does not match the name '"
                        + pr.module().name() + "' of the top level module it contains.",
                        "rename the module to " + name + " (or the file to " + pr.module().name() + ".tla)."));
            }
            resolver.read(text.get(), pr.module());
            if (!pr.ok()) {
                for (SyntaxDiagnostic d : pr.diagnostics()) {
                    syntax.add(SemanticDiagnostic.fromSyntax(d));
                }
                if (pr.module() == null) {
                    done.put(name, null);
                    return null;
                }
            }
            chain.push(name);
            try {
                ResolvedModule r = cachedOrAnalyse(name, text.get(), pr);
                done.put(name, r);
                return r;
            } finally {
                chain.pop();
            }
        }

        private ResolvedModule cachedOrAnalyse(String name, ModuleSource.SourceText text, ParseResult pr) {
            String key = name + "@" + text.origin();
            Map<String, CachedAnalysis> analyses = text.builtin() ? builtinAnalyses : SpecFront.this.analyses;
            CachedAnalysis c = analyses.get(key);
            if (c != null && c.parse() == pr && depsUnchanged(c)) {
                return c.module();
            }
            Map<String, ResolvedModule> deps = new LinkedHashMap<>();
            AnalysisContext ctx = new AnalysisContext(name, text.builtin(), text.text(), hints);
            ResolvedModule r = new ModuleAnalyzer(ctx, (n, site, requester) -> {
                ResolvedModule m = resolve(n, site, requester);
                deps.put(n, m);
                return m;
            }).analyze(pr.module(), null);
            if (pr.ok() && !deps.containsValue(null)) {
                analyses.put(key, new CachedAnalysis(pr, deps, r));
            }
            return r;
        }

        private boolean depsUnchanged(CachedAnalysis c) {
            for (Map.Entry<String, ResolvedModule> d : c.deps().entrySet()) {
                if (resolve(d.getKey(), null, null) != d.getValue()) {
                    return false;
                }
            }
            // The lookup of a dependency may have reported problems meant for a fresh analysis; none were cached.
            return true;
        }

        private void report(AnalysisContext requester, Parts.Name site, String code, String message) {
            report(requester, site, code, message, null);
        }

        private void report(AnalysisContext requester, Parts.Name site, String code, String message, String hint) {
            SemanticDiagnostic d = SemanticDiagnostic.error(site == null ? null : site.range(), code, message)
                    .withHint(hint);
            if (requester != null) {
                requester.error(d);
            } else {
                lookupErrors.add(d);
            }
        }
    }

    private ParseResult parse(ModuleSource.SourceText text) {
        String key = text.name() + "@" + text.origin();
        Map<String, CachedParse> parses = text.builtin() ? builtinParses : this.parses;
        CachedParse c = parses.get(key);
        if (c != null && c.text().equals(text.text())) {
            return c.result();
        }
        ParseResult r = parser.parse(text.name() + ".tla", text.text());
        parses.put(key, new CachedParse(text.text(), r));
        return r;
    }
}

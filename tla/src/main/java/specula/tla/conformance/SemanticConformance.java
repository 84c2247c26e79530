package specula.tla.conformance;

import specula.tla.semantic.ModuleSource;
import specula.tla.semantic.SemanticDiagnostic;
import specula.tla.semantic.SemanticResult;
import specula.tla.semantic.SpecFront;
import specula.tla.stdlib.StandardLibrary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole front end ({@link SpecFront}: parsing, module system, resolution, levels) over the corpus and
 * compares verdicts with SANY's: {@code parse:} for the corpus modules, {@code mutants:} for the mutants (accept /
 * syntax error / semantic error, and the line of the first error where both reject).
 */
public final class SemanticConformance {
    /** Holds the parsed and analysed built-in modules shared by every spec folder's front end. */
    private final SpecFront builtins;

    public SemanticConformance(StandardLibrary library) {
        this.builtins = new SpecFront(name -> java.util.Optional.empty(), library);
    }

    public record Mismatch(String path, String sany, String ours) {
    }

    public record ModuleReport(int agree, int total, long millis, List<Mismatch> mismatches) {
        public String summary() {
            return "parse: " + agree + "/" + total + " agree with SANY (" + millis + " ms)";
        }
    }

    public record MutantReport(int agree, int total, int sameLine, int bothReject, List<Mismatch> mismatches,
                               List<Mismatch> wrongLine, int semanticBoth, int sameCode, int sameRange,
                               List<Mismatch> inexact) {
        public String summary() {
            return "mutants: " + agree + "/" + total + " verdicts, " + sameLine + "/" + bothReject + " same line";
        }

        /** Over mutants both reject in the semantic phase: SANY's ErrorCode and its exact range reproduced. */
        public String detail() {
            return "mutants (semantic): " + sameCode + "/" + semanticBoth + " same error code, " + sameRange + "/"
                    + semanticBoth + " same range";
        }
    }

    /** One SpecFront per spec folder, as a user working in that folder would have. */
    public ModuleReport modules(Corpus corpus) {
        long t0 = System.nanoTime();
        Map<Path, SpecFront> fronts = new HashMap<>();
        int agree = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Corpus.ModuleCase m : corpus.modules()) {
            Path dir = m.file().getParent();
            SpecFront front = fronts.computeIfAbsent(dir, d -> builtins.withSource(ModuleSource.folder(d)));
            SemanticResult r = front.analyze(rootName(m.file()));
            String sany = m.sanyOk() ? "ok" : m.sanyPhase();
            if (r.phase().equals(sany)) {
                agree++;
            } else {
                mismatches.add(new Mismatch(m.path(), sany, describe(r)));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new ModuleReport(agree, corpus.modules().size(), ms, List.copyOf(mismatches));
    }

    public MutantReport mutants(Corpus corpus) {
        int agree = 0;
        int sameLine = 0;
        int both = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        List<Mismatch> wrongLine = new ArrayList<>();
        List<Mismatch> inexact = new ArrayList<>();
        int semBoth = 0;
        int sameCode = 0;
        int sameRange = 0;
        for (Corpus.MutantCase m : corpus.mutants()) {
            Path examples = corpus.dir().resolve("examples").resolve(m.folder());
            SpecFront front = builtins.withSource(ModuleSource.chain(List.of(
                    ModuleSource.folder(m.file().getParent()), ModuleSource.folder(examples))));
            SemanticResult r = front.analyze(rootName(m.file()));
            String ours = r.phase();
            String sany = m.sanyPhase() + (m.line() > 0 ? " at " + m.line() + ":" + m.column() : "") + " "
                    + m.kind() + " | " + m.firstError();
            if (ours.equals(m.sanyPhase())) {
                agree++;
            } else {
                mismatches.add(new Mismatch(m.id(), sany, describe(r)));
            }
            if (!m.sanyPhase().equals("ok") && !ours.equals("ok")) {
                both++;
                SemanticDiagnostic first = r.diagnostics().firstError();
                if (first != null && first.range() != null && first.range().line() == m.line()) {
                    sameLine++;
                } else {
                    wrongLine.add(new Mismatch(m.id(), sany, describe(r)));
                }
                if (first != null && m.sanyPhase().equals("semantic") && ours.equals("semantic")) {
                    semBoth++;
                    boolean code = first.code().equals(m.errorCode());
                    boolean range = first.range() != null && first.range().line() == m.line()
                            && first.range().column() == m.column() && first.range().endLine() == m.endLine()
                            && first.range().endColumn() == m.endColumn();
                    sameCode += code ? 1 : 0;
                    sameRange += range ? 1 : 0;
                    if (!code || !range) {
                        inexact.add(new Mismatch(m.id(), m.errorCode() + " " + sany, first.code() + " "
                                + describe(r)));
                    }
                }
            }
        }
        return new MutantReport(agree, corpus.mutants().size(), sameLine, both, List.copyOf(mismatches),
                List.copyOf(wrongLine), semBoth, sameCode, sameRange, List.copyOf(inexact));
    }

    private static String rootName(Path file) {
        String f = file.getFileName().toString();
        return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
    }

    private static String describe(SemanticResult r) {
        SemanticDiagnostic d = r.diagnostics().firstError();
        if (d == null) {
            return r.phase();
        }
        return r.phase() + " " + d;
    }
}

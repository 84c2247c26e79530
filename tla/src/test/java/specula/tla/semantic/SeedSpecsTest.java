package specula.tla.semantic;

import org.junit.jupiter.api.Test;
import specula.tla.conformance.ProjectRoot;
import specula.tla.stdlib.StandardLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed's etcd specs get SANY's verdicts (../shared/seed/etcd/REFERENCE-RUNS.md). */
class SeedSpecsTest {
    private static final StandardLibrary LIBRARY = new StandardLibrary();

    private static Optional<Path> spec(String folder) {
        return ProjectRoot.root().map(r -> r.resolve("../shared/seed/etcd/spec").resolve(folder).normalize())
                .filter(p -> Files.isRegularFile(p.resolve("Raft.tla")));
    }

    private static SemanticResult analyze(String folder) {
        Optional<Path> dir = spec(folder);
        assumeTrue(dir.isPresent(), "../shared/seed/etcd absent: skipped");
        return new SpecFront(ModuleSource.folder(dir.get()), LIBRARY).analyze("Raft");
    }

    @Test
    void step1ReportsThePrecedenceConflictSanyCrashesOn() {
        SemanticResult r = analyze("step1");
        assertEquals("syntax", r.phase());
        SemanticDiagnostic first = r.diagnostics().firstError();
        assertEquals(94, first.range().line());
        assertTrue(first.message().contains("Precedence conflict"), first.message());
    }

    @Test
    void step1WithoutDraftHasNineUnknownOperators() {
        SemanticResult r = analyze("step1/without_draft");
        List<SemanticDiagnostic> errors = r.diagnostics().errors();
        assertEquals("semantic", r.phase());
        assertEquals(9, errors.size(), errors::toString);
        assertTrue(errors.stream().allMatch(d -> d.code().equals("SYMBOL_UNDEFINED")), errors::toString);
        List<String> names = errors.stream().map(SemanticDiagnostic::message).toList();
        for (String n : List.of("handleAppendEntries", "handleHeartbeat", "bcastHeartbeat", "appendEntry",
                "handleAppendResponse", "bcastAppend", "Max")) {
            assertTrue(names.stream().anyMatch(m -> m.contains("`" + n + "'")), n + " in " + names);
        }
    }

    @Test
    void laterStepsAreAccepted() {
        for (String step : List.of("step2", "step3", "step4", "step5/spec")) {
            SemanticResult r = analyze(step);
            assertTrue(r.ok(), () -> step + ": " + r.diagnostics().all());
        }
    }

    @Test
    void traceSpecOfStep5IsAccepted() {
        Optional<Path> dir = spec("step5/spec");
        assumeTrue(dir.isPresent(), "../shared/seed/etcd absent: skipped");
        SemanticResult r = new SpecFront(ModuleSource.folder(dir.get()), LIBRARY).analyze("specTrace");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
    }
}

package specula.tla.conformance;

import org.junit.jupiter.api.Test;
import specula.tla.stdlib.StandardLibrary;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole front end against SANY's verdicts on the shared corpus (skipped when ../shared/corpus is absent). */
class SemanticConformanceTest {

    private static Corpus corpus() {
        Optional<Path> dir = ProjectRoot.corpus();
        assumeTrue(dir.isPresent() && dir.get().resolve("expected.json").toFile().exists(),
                "../shared/corpus not found beside the project root: conformance tests skipped");
        return Corpus.load(dir.get());
    }

    @Test
    void corpusModulesGetSanysVerdict() {
        Corpus c = corpus();
        SemanticConformance.ModuleReport r = new SemanticConformance(new StandardLibrary()).modules(c);
        assertEquals(c.modules().size(), r.total());
        assertTrue(r.agree() >= Math.ceil(0.99 * r.total()), () -> r.summary() + " " + r.mismatches());
        assertTrue(r.summary().matches("parse: \\d+/\\d+ agree with SANY \\(\\d+ ms\\)"), r.summary());
    }

    @Test
    void mutantsGetSanysVerdictAndLine() {
        Corpus c = corpus();
        assumeTrue(!c.mutants().isEmpty(), "no mutants in the corpus");
        SemanticConformance.MutantReport r = new SemanticConformance(new StandardLibrary()).mutants(c);
        assertTrue(r.agree() >= Math.ceil(0.95 * r.total()), () -> r.summary() + " " + r.mismatches());
        assertTrue(r.sameLine() >= Math.ceil(0.90 * r.bothReject()), () -> r.summary() + " " + r.wrongLine());
        assertTrue(r.summary().matches("mutants: \\d+/\\d+ verdicts, \\d+/\\d+ same line"), r.summary());
        // The semantic rejects carry SANY's ErrorCode names: most must match exactly.
        assertTrue(r.sameCode() >= Math.ceil(0.90 * r.semanticBoth()), () -> r.detail() + " " + r.inexact());
    }
}

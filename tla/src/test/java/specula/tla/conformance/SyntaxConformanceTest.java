package specula.tla.conformance;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.TlaParser;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SyntaxConformanceTest {

    private static Corpus corpus() {
        Optional<Path> dir = ProjectRoot.corpus();
        assumeTrue(dir.isPresent() && dir.get().resolve("expected.json").toFile().exists(),
                "../shared/corpus not found beside the project root: conformance tests skipped");
        return Corpus.load(dir.get());
    }

    @Test
    void everyModuleAgreesWithSanysSyntaxVerdict() {
        Corpus c = corpus();
        SyntaxConformance.ModuleReport r = new SyntaxConformance(new TlaParser()).modules(c);
        assertEquals(c.modules().size(), r.total());
        assertEquals(r.total(), r.agree(), () -> r.mismatches().toString());
    }

    @Test
    void mutantsAreRejectedWhereSanyRejectsThemAndAtTheSameLine() {
        Corpus c = corpus();
        assumeTrue(!c.mutants().isEmpty(), "no mutants in the corpus");
        SyntaxConformance.MutantReport r = new SyntaxConformance(new TlaParser()).mutants(c);
        assertTrue(r.weReject() >= Math.ceil(0.95 * r.sanySyntaxRejected()), r.summary());
        assertTrue(r.sameLine() >= Math.ceil(0.90 * r.sanySyntaxRejected()), r.summary());
        assertTrue(r.agree() >= Math.ceil(0.95 * r.total()), r.summary() + " " + r.mismatches());
    }

    @Test
    void runnerPrintsTheSummaryLinesInTheAgreedFormat() {
        Corpus c = corpus();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = Conformance.run(c, new PrintStream(buf, true, StandardCharsets.UTF_8), true, false);
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.lines().anyMatch(l -> l.matches("syntax: \\d+/\\d+ agree with SANY \\(\\d+ ms\\)")), out);
        if (!c.mutants().isEmpty()) {
            assertTrue(out.lines().anyMatch(l -> l.matches("syntax-mutants: \\d+/\\d+ verdicts, \\d+/\\d+ same line")),
                    out);
            assertTrue(out.lines().anyMatch(l -> l.matches("mutants: \\d+/\\d+ verdicts, \\d+/\\d+ same line")), out);
        }
        assertTrue(out.lines().anyMatch(l -> l.matches("parse: \\d+/\\d+ agree with SANY \\(\\d+ ms\\)")), out);
        assertEquals(0, rc);
    }

    @Test
    void jsonReaderHandlesTheCorpusShapes() {
        Object v = Json.parse("{\"a\": [1, 2.5, true, null, \"x\\\"\\u0041\"], \"b\": {}}");
        assertEquals("{a=[1, 2.5, true, null, x\"A], b={}}", String.valueOf(v));
    }
}

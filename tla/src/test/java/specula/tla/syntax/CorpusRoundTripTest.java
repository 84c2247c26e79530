package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import specula.tla.conformance.Corpus;
import specula.tla.syntax.ast.Module;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus module SANY accepts parses, and parse -> print -> parse gives the same tree modulo ranges. */
class CorpusRoundTripTest {
    private final TlaParser parser = new TlaParser();

    @Test
    void everySanyAcceptedModuleParses() {
        Corpus corpus = CorpusFiles.require();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (Corpus.ModuleCase m : corpus.modules()) {
            if (!m.sanyOk()) {
                continue;
            }
            accepted++;
            ParseResult r = parser.parse(m.file().getFileName().toString(), Corpus.read(m.file()));
            if (!r.ok()) {
                failures.add(m.path() + ": " + r.diagnostics().get(0).message());
            }
        }
        assertTrue(accepted > 0, "corpus lists no SANY-accepted module");
        assertEquals(List.of(), failures);
    }

    @Test
    void everyCorpusModuleRoundTripsThroughThePrinter() {
        Corpus corpus = CorpusFiles.require();
        List<String> failures = new ArrayList<>();
        for (Corpus.ModuleCase m : corpus.modules()) {
            ParseResult first = parser.parse(m.path(), Corpus.read(m.file()));
            if (!first.ok()) {
                continue;
            }
            String printed = AstPrinter.print(first.module());
            ParseResult second = parser.parse(m.path() + " (printed)", printed);
            if (!second.ok()) {
                failures.add(m.path() + ": printed text does not parse: " + second.diagnostics().get(0).message());
                continue;
            }
            Module a = first.module();
            Module b = second.module();
            if (!AstDump.sameModuloRanges(a, b)) {
                failures.add(m.path() + ": tree differs after printing: " + firstDifference(a, b));
            }
        }
        assertEquals(List.of(), failures);
    }

    static String firstDifference(Object a, Object b) {
        String[] x = AstDump.structure(a).split("\n");
        String[] y = AstDump.structure(b).split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": " + x[i].trim() + " <> " + y[i].trim();
            }
        }
        return "lengths " + x.length + " <> " + y.length;
    }
}

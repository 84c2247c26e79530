package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import specula.tla.conformance.Corpus;
import specula.tla.syntax.ast.Module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus module SANY accepts parses, and parse -> print -> parse gives the same tree modulo ranges. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusRoundTripTest {
    private final TlaParser parser = new TlaParser();
    /** Parsed once for all tests of this class: path to result. */
    private Map<String, ParseResult> parsed;

    private Map<String, ParseResult> parsed(Corpus corpus) {
        if (parsed == null) {
            parsed = new LinkedHashMap<>();
            for (Corpus.ModuleCase m : corpus.modules()) {
                parsed.put(m.path(), parser.parse(m.path(), Corpus.read(m.file())));
            }
        }
        return parsed;
    }

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
            ParseResult r = parsed(corpus).get(m.path());
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
            ParseResult first = parsed(corpus).get(m.path());
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

    @Test
    void everyNodeOfEveryCorpusModuleCarriesAPlausibleRange() {
        Corpus corpus = CorpusFiles.require();
        List<String> failures = new ArrayList<>();
        for (Corpus.ModuleCase m : corpus.modules()) {
            ParseResult r = parsed(corpus).get(m.path());
            if (r.ok()) {
                checkRanges(r.module(), r.lines(), m.path(), failures);
            }
        }
        assertEquals(List.of(), failures.stream().limit(5).toList());
    }

    private static void checkRanges(Object node, int lines, String where, List<String> failures) {
        if (node instanceof java.util.Collection<?> c) {
            c.forEach(o -> checkRanges(o, lines, where, failures));
            return;
        }
        if (node == null || !node.getClass().isRecord() || node instanceof specula.tla.syntax.ast.Range) {
            return;
        }
        if (node instanceof specula.tla.syntax.ast.Node n) {
            specula.tla.syntax.ast.Range rg = n.range();
            boolean ok = rg != null && rg.line() >= 1 && rg.column() >= 1 && rg.endLine() <= lines
                    && (rg.endLine() > rg.line() || (rg.endLine() == rg.line() && rg.endColumn() >= rg.column()));
            if (!ok) {
                failures.add(where + ": " + node.getClass().getSimpleName() + " has range " + rg);
            }
        }
        for (Records.Component c : Records.of(node.getClass())) {
            checkRanges(c.get(node), lines, where, failures);
        }
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

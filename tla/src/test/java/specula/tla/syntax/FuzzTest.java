package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import specula.tla.conformance.Corpus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random token deletions, duplications and swaps of corpus modules (fixed seed, bounded time): the parser never
 * throws, never hangs, and every error it reports has a position inside the text.
 */
class FuzzTest {
    private static final long BUDGET_NANOS = 3_000_000_000L;

    @Test
    void tokenEditsNeverCrashOrHang() {
        List<String> sources = new ArrayList<>();
        CorpusFiles.load().ifPresentOrElse(
                c -> c.modules().forEach(m -> sources.add(Corpus.read(m.file()))),
                () -> ResourceModules.NAMES.forEach(n -> sources.add(ResourceModules.read(n))));
        Random rnd = new Random(20261126L);
        TlaParser parser = new TlaParser();
        long start = System.nanoTime();
        int runs = 0;
        int validRoundTrips = 0;
        while (System.nanoTime() - start < BUDGET_NANOS) {
            String src = sources.get(rnd.nextInt(sources.size()));
            String mutated = mutate(src, rnd);
            ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse("F.tla", mutated));
            int lines = r.lines();
            for (SyntaxDiagnostic d : r.diagnostics()) {
                assertFalse(d.code().equals("E_INTERNAL"), () -> d.message() + "\n--- input ---\n" + mutated);
                assertTrue(d.range().line() >= 1 && d.range().line() <= lines && d.range().column() >= 1,
                        () -> "bad position " + d.range() + " for " + d.message());
            }
            assertTrue(r.ok() || !r.diagnostics().isEmpty(), "a rejected module has a diagnostic");
            if (r.ok()) { // still valid after the edit: the printer must round-trip it too
                String printed = AstPrinter.print(r.module());
                ParseResult again = parser.parse("P.tla", printed);
                assertTrue(again.ok() && AstDump.sameModuloRanges(r.module(), again.module()),
                        () -> "round trip failed for a fuzzed module:\n" + printed);
                validRoundTrips++;
            }
            runs++;
        }
        assertTrue(runs > 10, "fuzzing ran only " + runs + " inputs");
        assertTrue(validRoundTrips > 0, "no fuzzed module stayed valid, so the round trip was not exercised");
    }

    /** One to three edits on token boundaries found by the real lexer. */
    private static String mutate(String src, Random rnd) {
        String text = src;
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<int[]> spans = tokenSpans(text);
            if (spans.size() < 2) {
                return text;
            }
            int[] a = spans.get(rnd.nextInt(spans.size()));
            int[] b = spans.get(rnd.nextInt(spans.size()));
            String ta = text.substring(a[0], a[1]);
            switch (rnd.nextInt(3)) {
                case 0 -> text = text.substring(0, a[0]) + " ".repeat(a[1] - a[0]) + text.substring(a[1]);
                case 1 -> text = text.substring(0, a[1]) + " " + ta + text.substring(a[1]);
                default -> {
                    if (a[0] > b[0]) {
                        int[] t = a;
                        a = b;
                        b = t;
                    }
                    if (a[1] <= b[0]) {
                        text = text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                                + text.substring(a[0], a[1]) + text.substring(b[1]);
                    }
                }
            }
        }
        return text;
    }

    private static List<int[]> tokenSpans(String text) {
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (Token t : new Lexer("F.tla", text).run().tokens()) {
            if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.STRING || t.line() != t.endLine()) {
                continue;
            }
            int s = lineStarts.get(t.line() - 1) + t.column() - 1;
            int end = lineStarts.get(t.line() - 1) + t.endColumn();
            if (s >= 0 && end <= text.length() && s < end) {
                out.add(new int[] {s, end});
            }
        }
        return out;
    }
}

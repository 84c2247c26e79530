package specula.tla.conformance;

import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -cp tla/target/classes specula.tla.conformance.ParseBenchmark [--corpus DIR] [--passes N]}: parses every
 * corpus module in one JVM, first pass (cold) and after warm-up passes (warm), and prints modules/s and lines/s next to
 * SANY's one-JVM total from {@code tlc-baseline.json} and the sum of per-module {@code sany_warm_ms}.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public record Pass(long nanos, int modules, long lines) {
        double modulesPerSecond() {
            return modules / (nanos / 1e9);
        }

        double linesPerSecond() {
            return lines / (nanos / 1e9);
        }

        long millis() {
            return nanos / 1_000_000;
        }
    }

    public static void main(String[] args) {
        Path dir = null;
        int passes = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--corpus")) {
                dir = Path.of(args[++i]);
            } else if (args[i].equals("--passes")) {
                passes = Integer.parseInt(args[++i]);
            }
        }
        if (dir == null) {
            dir = ProjectRoot.corpus().orElse(null);
        }
        if (dir == null || !Files.exists(dir.resolve("expected.json"))) {
            System.err.println("no corpus: pass --corpus DIR");
            System.exit(2);
        }
        run(Corpus.load(dir), passes, System.out);
    }

    public static void run(Corpus corpus, int passes, PrintStream out) {
        List<String[]> texts = new ArrayList<>();
        long sanyWarm = 0;
        for (Corpus.ModuleCase m : corpus.modules()) {
            texts.add(new String[] {m.file().getFileName().toString(), Corpus.read(m.file())});
            sanyWarm += Math.max(0, m.sanyWarmMs());
        }
        TlaParser parser = new TlaParser();
        Pass cold = pass(parser, texts);
        Pass warm = cold;
        for (int i = 0; i < Math.max(1, passes); i++) {
            warm = pass(parser, texts);
        }
        out.println(line("cold", cold));
        out.println(line("warm", warm));
        long sanyTotal = sanyOneJvmTotal(corpus.dir());
        if (sanyTotal > 0) {
            out.printf(Locale.ROOT, "SANY one JVM: %d ms total (tlc-baseline.json); ours cold %.2fx, warm %.2fx faster%n",
                    sanyTotal, sanyTotal / (double) Math.max(1, cold.millis()),
                    sanyTotal / (double) Math.max(1, warm.millis()));
        }
        if (sanyWarm > 0) {
            out.printf(Locale.ROOT, "SANY per-module warm sum: %d ms; ours warm %.2fx faster%n", sanyWarm,
                    sanyWarm / (double) Math.max(1, warm.millis()));
        }
    }

    private static String line(String label, Pass p) {
        return String.format(Locale.ROOT, "%s: %d modules, %d lines in %d ms: %.0f modules/s, %.0f lines/s", label,
                p.modules(), p.lines(), p.millis(), p.modulesPerSecond(), p.linesPerSecond());
    }

    private static Pass pass(TlaParser parser, List<String[]> texts) {
        long lines = 0;
        long t0 = System.nanoTime();
        for (String[] t : texts) {
            ParseResult r = parser.parse(t[0], t[1]);
            lines += r.lines();
        }
        return new Pass(System.nanoTime() - t0, texts.size(), lines);
    }

    @SuppressWarnings("unchecked")
    private static long sanyOneJvmTotal(Path corpusDir) {
        Path p = corpusDir.resolve("tlc-baseline.json");
        if (!Files.exists(p)) {
            return -1;
        }
        Object v = ((Map<String, Object>) Json.parse(Corpus.read(p))).get("sany_one_jvm_ms_total");
        return v instanceof Number n ? n.longValue() : -1;
    }
}

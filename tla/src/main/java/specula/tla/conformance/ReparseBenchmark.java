package specula.tla.conformance;

import specula.tla.semantic.ModuleSource;
import specula.tla.semantic.SemanticResult;
import specula.tla.semantic.SpecFront;
import specula.tla.stdlib.StandardLibrary;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -cp tla/target/classes specula.tla.conformance.ReparseBenchmark [--file F.tla] [--rounds N]}: the
 * edit-parse loop of {@code fix}. Analyses a module (default: the seed's etcd step2 Raft.tla, 651 lines) once, then
 * repeatedly edits one line (a trailing comment on a definition line in the middle) and re-analyses through the same
 * {@link SpecFront}; prints the cold analysis, a from-scratch analysis in a warm JVM, and the warm re-analysis
 * figures (median, mean, max).
 */
public final class ReparseBenchmark {
    private ReparseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        int rounds = 200;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--file")) {
                file = Path.of(args[++i]);
            } else if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
        }
        if (file == null) {
            file = ProjectRoot.root().map(r -> r.resolve("../shared/seed/etcd/spec/step2/Raft.tla").normalize())
                    .filter(Files::isRegularFile).orElse(null);
        }
        if (file == null || !Files.isRegularFile(file)) {
            System.err.println("no module: pass --file F.tla (default ../shared/seed/etcd/spec/step2/Raft.tla)");
            System.exit(2);
        }
        run(file, rounds, System.out);
    }

    public static void run(Path file, int rounds, PrintStream out) throws Exception {
        String text = Files.readString(file);
        String name = file.getFileName().toString().replaceFirst("\\.tla$", "");
        String[] lines = text.split("\n", -1);
        int target = editableLine(lines);
        StandardLibrary lib = new StandardLibrary();
        Map<String, String> workspace = new HashMap<>();
        workspace.put(name, text);
        ModuleSource source = ModuleSource.chain(List.of(ModuleSource.workspace(workspace),
                ModuleSource.folder(file.toAbsolutePath().getParent())));

        long t0 = System.nanoTime();
        SpecFront front = new SpecFront(source, lib);
        SemanticResult first = front.analyze(name);
        long cold = System.nanoTime() - t0;

        long[] times = new long[rounds];
        int warmup = Math.max(20, rounds / 4);
        for (int i = -warmup; i < rounds; i++) {
            String[] edited = lines.clone();
            edited[target] = lines[target] + " \\* edit " + i;
            workspace.put(name, String.join("\n", edited));
            long s = System.nanoTime();
            SemanticResult r = front.analyze(name);
            long d = System.nanoTime() - s;
            if (r.module() == null) {
                throw new IllegalStateException("edit broke the module: " + r.diagnostics().all());
            }
            if (i >= 0) {
                times[i] = d;
            }
        }
        long[] scratchTimes = new long[Math.max(5, rounds / 10)];
        for (int i = 0; i < scratchTimes.length; i++) {
            long scratchStart = System.nanoTime();
            new SpecFront(source, lib).analyze(name);
            scratchTimes[i] = System.nanoTime() - scratchStart;
        }
        Arrays.sort(scratchTimes);
        long scratch = scratchTimes[scratchTimes.length / 2];

        long[] parseTimes = new long[Math.max(5, rounds / 10)];
        specula.tla.syntax.TlaParser parser = new specula.tla.syntax.TlaParser();
        for (int i = 0; i < parseTimes.length; i++) {
            long ps = System.nanoTime();
            parser.parse(name + ".tla", workspace.get(name));
            parseTimes[i] = System.nanoTime() - ps;
        }
        Arrays.sort(parseTimes);
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(times).average().orElse(0) / 1e6;
        out.printf(Locale.ROOT, "module: %s (%d lines, %s), edited line %d%n", file, lines.length,
                first.ok() ? "accepted" : first.diagnostics().all().size() + " diagnostics", target + 1);
        out.printf(Locale.ROOT, "cold: %.1f ms (first analysis in a fresh JVM, built-ins included)%n", cold / 1e6);
        out.printf(Locale.ROOT, "from scratch, warm JVM: median %.1f ms (new SpecFront: built-ins parsed again)%n",
                scratch / 1e6);
        out.printf(Locale.ROOT, "re-parse after a one-line edit, warm: median %.2f ms, mean %.2f ms, max %.2f ms "
                + "over %d rounds%n", sorted[rounds / 2] / 1e6, mean, sorted[rounds - 1] / 1e6, rounds);
        out.printf(Locale.ROOT, "of which parsing the edited module alone: median %.2f ms%n",
                parseTimes[parseTimes.length / 2] / 1e6);
    }

    /** A definition line near the middle: a trailing comment there changes the text but not the meaning. */
    private static int editableLine(String[] lines) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("^[A-Za-z][A-Za-z0-9_]*(\\(.*\\))?\\s*==.*") && !lines[i].contains("(*")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no definition line to edit");
        }
        return candidates.get(candidates.size() / 2);
    }
}

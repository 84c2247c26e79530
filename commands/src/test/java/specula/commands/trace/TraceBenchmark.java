package specula.commands.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import specula.commands.instrument.Instrumenter;
import specula.commands.instrument.Language;
import specula.commands.llm.ProjectRoot;
import specula.commands.runtime.ModelWriter;
import specula.commands.runtime.RuntimeErrorClassifier;

/**
 * Prints how fast the step-4/5 tools are: trace conversion (lines per second over a synthetic etcd-style raw trace
 * with Go maps and update templates), trace lint, trace-spec generation for the seed's configuration, model new
 * on the seed's Raft spec, instrumentation of a large generated Java file, and TLC-output classification.
 * Not a test: figures only.
 * <pre>
 * java -cp tla/target/classes:commands/target/classes:commands/target/test-classes:$HOME/.m2/repository/org/yaml/snakeyaml/2.7/snakeyaml-2.7.jar \
 *     specula.commands.trace.TraceBenchmark [LINES]
 * </pre>
 */
public final class TraceBenchmark {
    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path root = ProjectRoot.find();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String action = i % 3 == 0 ? "tickElection" : i % 3 == 1 ? "tickHeartbeat" : "Step";
            raw.append("{\"action\":\"").append(action).append("\",\"timestamp\":").append(1751191288481841093L + i)
                    .append(",\"params\":map[msg_from:2 msg_type:MsgVote node_id:").append(1 + i % 3)
                    .append(" state:Follower term:").append(i / 100).append("]}\n");
        }
        TraceMapping mapping = TraceMapping.parse("etcd_map.yaml",
                Files.readString(root.resolve("commands/src/test/resources/trace/etcd_map.yaml")));
        TraceConverter converter = new TraceConverter(mapping);
        String text = raw.toString();
        TraceConverter.Result r = null;
        long[] conv = new long[3];
        for (int k = 0; k < conv.length; k++) {
            long t0 = System.nanoTime();
            r = converter.convert("raw", text);
            conv[k] = System.nanoTime() - t0;
        }
        Arrays.sort(conv);
        System.out.printf("trace convert: %d lines (%.1f MB) in %.0f ms (median of 3) = %.0f lines/s%n", lines,
                text.length() / 1e6, conv[1] / 1e6, lines / (conv[1] / 1e9));

        TraceConfig cfg = TraceConfig.parse("lint", "variables: [{name: currentTerm}, {name: state}, "
                + "{name: messages}]\nactions: [{name: tickElection}, {name: tickHeartbeat}, {name: Step}]\n");
        long t0 = System.nanoTime();
        int problems = new TraceLint().check(cfg, r.text()).size();
        System.out.printf("trace lint: %d events in %.0f ms (%d problems)%n", r.written(),
                (System.nanoTime() - t0) / 1e6, problems);

        Path seed = root.resolve("../shared/seed/etcd/spec/step5/raft_config.yaml").normalize();
        if (Files.exists(seed)) {
            TraceConfig c = TraceConfig.parse(seed.toString(), Files.readString(seed));
            TraceSpecGenerator g = new TraceSpecGenerator(root.resolve("templates/trace"));
            g.generate(c, "seed");
            t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                g.generate(c, "seed");
            }
            System.out.printf("trace spec (seed Raft config, %d variables): %.2f ms per generation%n",
                    c.variables().size(), (System.nanoTime() - t0) / 1e6 / 100);
        }
        Path raft = root.resolve("../shared/seed/etcd/spec/step5/spec/Raft.tla").normalize();
        if (Files.exists(raft)) {
            String spec = Files.readString(raft);
            new ModelWriter().write("Raft", spec);
            t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                new ModelWriter().write("Raft", spec);
            }
            System.out.printf("model new (seed Raft, %d lines): %.1f ms per model (parse included)%n",
                    spec.split("\n").length, (System.nanoTime() - t0) / 1e6 / 20);
        }
        StringBuilder java = new StringBuilder("package big;\npublic class Big {\n    int x;\n");
        for (int i = 0; i < 5_000; i++) {
            java.append("    public int m").append(i).append("(int a) {\n        String s = \"}{\";\n")
                    .append("        if (a > 0) { x = a; }\n        return x;\n    }\n");
        }
        java.append("}\n");
        TraceConfig many = TraceConfig.parse("many", "variables: [{name: x}]\nactions:\n"
                + "- {name: A, function: m10}\n- {name: B, function: m2500}\n- {name: C, function: m4999}\n");
        Instrumenter inst = new Instrumenter(root.resolve("templates/instrumentation"));
        inst.instrument(java.toString(), Language.JAVA, many);
        t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            inst.instrument(java.toString(), Language.JAVA, many);
        }
        System.out.printf("trace instrument (Java, %d lines, 3 actions): %.1f ms per file%n",
                java.toString().split("\n").length, (System.nanoTime() - t0) / 1e6 / 10);
        StringBuilder tlc = new StringBuilder("Error: Invariant Inv is violated.\nThe behavior up to this point is:\n");
        for (int i = 0; i < 10_000; i++) {
            tlc.append("State ").append(i).append(": <Next line 3, col 1 to line 3, col 9 of module M>\nx = ")
                    .append(i).append("\n\n");
        }
        RuntimeErrorClassifier classifier = new RuntimeErrorClassifier();
        t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            classifier.classify(tlc.toString(), 12);
        }
        System.out.printf("classify TLC output (%.1f MB, 10k-state trace): %.1f ms%n", tlc.length() / 1e6,
                (System.nanoTime() - t0) / 1e6 / 10);
    }
}

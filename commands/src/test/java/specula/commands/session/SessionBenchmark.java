package specula.commands.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long session operations take on a spec-sized module: a journaled edit (version files + fsync'd
 * journal line), resume of a long session, save under a new name, and a diff. Not a test: figures only.
 * <pre>
 * java -cp commands/target/classes:commands/target/test-classes:$HOME/.m2/repository/org/yaml/snakeyaml/2.7/snakeyaml-2.7.jar \
 *     specula.commands.session.SessionBenchmark [EDITS]
 * </pre>
 * Uses ../shared/seed/etcd/spec/step4/Raft.tla when present, else a generated module of similar size.
 */
public final class SessionBenchmark {
    public static void main(String[] args) throws IOException {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path raft = Path.of("../shared/seed/etcd/spec/step4/Raft.tla");
        String text = Files.exists(raft) ? Files.readString(raft) : generated();
        Path dir = Files.createTempDirectory("specula-bench");
        try {
            SessionStore store = new SessionStore(dir.resolve("sessions"), Clock.systemUTC());
            Session s = store.newSession();
            s.execute("load", c -> Outcome.changed("load", List.of(WorkFile.module("Raft", text))));
            long[] nanos = new long[edits];
            for (int i = 0; i < edits; i++) {
                String from = i == 0 ? "Server" : "Srv" + (i - 1);
                String to = "Srv" + i;
                long t0 = System.nanoTime();
                s.begin("replace Raft --from " + from + " --to " + to + " --all");
                s.execute(WorkspaceOps.replace("Raft", from, to, true));
                s.end(Status.OK, null);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("module: %d lines, %d chars%n", text.split("\n").length, text.length());
            System.out.printf("journaled edit (replace --all, version file + fsync'd journal): median %.2f ms, p95 %.2f ms over %d%n",
                    nanos[edits / 2] / 1e6, nanos[(int) (edits * 0.95)] / 1e6, edits);
            long t0 = System.nanoTime();
            store.save(s, "bench", false);
            System.out.printf("save under a new name (%d versions): %.1f ms%n", edits + 1, (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            Session back = new SessionStore(dir.resolve("sessions"), Clock.systemUTC()).resume("bench").session();
            System.out.printf("resume (%d versions, %d journal events): %.1f ms%n", back.timeline().versions().size() - 1,
                    back.history().size() + back.timeline().versions().size(), (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            int lines = UnifiedDiff.diff("a", back.timeline().version(1).snapshot().require("Raft").text(), "b",
                    back.snapshot().require("Raft").text(), 3).size();
            System.out.printf("diff v1 -> v%d: %d diff lines in %.1f ms%n", edits + 1, lines, (System.nanoTime() - t0) / 1e6);
            long bytes;
            try (var walk = Files.walk(dir.resolve("sessions/bench"))) {
                bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("session folder: %.1f MB%n", bytes / 1e6);
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }

    private static String generated() {
        StringBuilder sb = new StringBuilder("---- MODULE Raft ----\nCONSTANT Server\n");
        for (int i = 0; i < 520; i++) sb.append("Op").append(i).append(" == \\A s \\in Server : s = s\n");
        return sb.append("====\n").toString();
    }
}

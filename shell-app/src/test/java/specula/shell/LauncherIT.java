package specula.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the packaged jar through the {@code ./shell} launcher, as a user would: script mode, inline commands,
 * stdin, exit statuses and output, and recovery after {@code kill -9}. Runs in the integration-test phase.
 */
class LauncherIT {
    private static Path root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findRoot() {
        String prop = System.getProperty("specula.root");
        Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("DEVELOPERS.md"))) p = p.getParent();
        assertTrue(p != null, "repository root (folder with DEVELOPERS.md) not found");
        root = p.toAbsolutePath();
        assertTrue(Files.exists(root.resolve("shell-app/target/specula-shell.jar")), "run after package");
    }

    record Run(int code, String out, String err) {
    }

    private ProcessBuilder launcher(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(root.resolve("shell").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        Map<String, String> env = pb.environment();
        env.put("SPECULA_SKIP_BUILD", "1");
        env.put("SPECULA_SESSION_STORE", tmp.resolve("sessions").toString());
        env.put("NO_COLOR", "1");
        env.remove("SPECULA_SHELL_COLOR");
        return pb;
    }

    private Run run(String stdin, String... args) throws Exception {
        return runWith(Map.of(), stdin, args);
    }

    private Run runWith(Map<String, String> env, String stdin, String... args) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = launcher(args).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        if (stdin == null) pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (stdin != null) {
            try (OutputStream os = p.getOutputStream()) {
                os.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "shell did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void tourRunsEndToEnd() throws Exception {
        Run r = run(null, "--script", "examples/tour.replay");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("> open examples/tour"), "commands are echoed");
        assertTrue(r.out().contains("+Reset == x > 0 /\\ x' = 0"), r.out());
        assertTrue(r.out().contains("now at v2"), r.out());
        assertTrue(r.out().contains("resumed tour at v3"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour codes when NO_COLOR is set");
        assertTrue(Files.readString(tmp.resolve("sessions/tour/versions/0003/Counter.cfg")).contains("Max = 5"));
        // history --export turned the session into a replay script (run from the repository root).
        List<String> script = Files.readAllLines(root.resolve(".specula/tour-history.replay"));
        assertTrue(script.contains("open examples/tour"), script.toString());
        assertTrue(script.contains("replace Counter.cfg --from \"Max = 3\" --to \"Max = 5\""), script.toString());
        assertTrue(script.contains("# resume tour"), "shell-only commands are commented out: " + script);
    }

    @Test
    void offlineLockServiceExampleGeneratesFixesAndSavesAModuleThatParses() throws Exception {
        Run r = run(null, "--script", "examples/lockservice.replay");
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("generated LockService.tla (52 lines) from lock_service.py: 2 calls"), out);
        assertTrue(out.contains("***Parse Error*** LockService.tla:26:10"), out);
        assertTrue(out.contains("LockService: 2 syntax errors"), out);
        assertTrue(out.contains("attempt 1 (llm): 2 -> 1 errors -> v3"), out);
        assertTrue(out.contains("attempt 2 (llm): 1 -> 0 errors -> v4"), out);
        assertTrue(out.contains("LockService: 1 syntax error"), "after undo, attempt 1's text: " + out);
        assertTrue(out.contains("LockService: ok"), out);
        Path saved = tmp.resolve("sessions/lockservice");
        assertTrue(Files.readString(saved.resolve("versions/0004/LockService.tla")).contains("Remove(waiting, client)"));
        assertTrue(Files.exists(saved.resolve("versions/0002/artefacts/LockService.draft.md")));
        List<String> exchanges = Files.readAllLines(saved.resolve("llm.jsonl"));
        assertEquals(4, exchanges.size(), "every model exchange is saved with the session");
        assertTrue(exchanges.get(2).contains("\"purpose\":\"fix.attempt\""), exchanges.get(2));
    }

    @Test
    void pipelineCommandsGetTheirDefaultsThroughTheRealDispatcher() throws Exception {
        Run r = run(null, "-c", "open examples/tour; ast --depth 1; parse; fix; attempts; kb search IF without ELSE "
                + "--top 2; prompts; llm; conformance --corpus " + tmp.resolve("none"));
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  units: [8]\n"), r.out());
        assertTrue(r.out().contains("Counter: ok"), r.out());
        assertTrue(r.out().contains("Counter: clean (nothing to fix)"), "no model and no key needed: " + r.out());
        assertTrue(r.out().contains("P-MISSING-ELSE"), r.out());
        assertTrue(r.out().contains("fix-syntax"), r.out());
        assertTrue(r.out().contains("llm.max-tokens"), r.out());
        assertTrue(r.err().contains("-c:1: no conformance corpus at " + tmp.resolve("none")), r.err());
    }

    @Test
    void scriptStopsAtFirstFailingLineWithExitStatus1() throws Exception {
        Path script = Files.writeString(tmp.resolve("bad.replay"),
                "# a script with a typo\nnew Alpha\nshow Alpha --lines 1:1\nreplce Alpha --from a --to b\nnew Never\n");
        Run r = run(null, "--script", script.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(script + ":4: unknown command 'replce'"), r.err());
        assertTrue(r.out().contains("created module Alpha"), r.out());
        assertFalse(r.out().contains("Never"), "nothing runs after the failure");

        Run missing = run(null, "--script", tmp.resolve("nope.replay").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.replay: no such file"), missing.err());
    }

    @Test
    void inlineCommandsAndStdinReportTheFailingCommand() throws Exception {
        // edit runs the configured editor on the module and loads the result as a new version.
        Run ok = runWith(Map.of("SPECULA_SHELL_EDITOR", "sed -i s/Sequences/FiniteSets/"), null, "-c",
                "new A; replace A --from \"EXTENDS Naturals\" --to \"EXTENDS Naturals, Sequences\"; edit A; show A --raw; versions");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("EXTENDS Naturals, FiniteSets"), ok.out());
        assertTrue(ok.out().contains("edited A.tla"), ok.out());

        Run bad = run(null, "-c", "new A; open " + tmp.resolve("missing.tla"));
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("-c:1: " + tmp.resolve("missing.tla") + ": no such file or folder"), bad.err());

        Run piped = run("new B\nundo 3\nnew C\n");
        assertEquals(1, piped.code());
        assertTrue(piped.err().contains("stdin:2: cannot undo 3 steps: only 1"), piped.err());
        assertFalse(piped.out().contains("created module C"), piped.out());
    }

    @Test
    void issueAcceptanceRoundTripOnTheEtcdSpec() throws Exception {
        Path raft = root.resolveSibling("shared/seed/etcd/spec/step4/Raft.tla");
        assumeTrue(Files.exists(raft), "../shared/seed not present: skipping the etcd acceptance run");
        Run first = run(null, "-c", "open ../shared/seed/etcd/spec/step4/Raft.tla; replace Raft --from \"NoLimit\" "
                + "--to \"NoLim\" --all; undo; redo; save bar-demo --force");
        assertEquals(0, first.code(), first.err());
        Path export = tmp.resolve("x");
        Run second = run(null, "-c", "resume bar-demo; diff 1 2; export " + export);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("+++ v2/Raft.tla"), second.out());
        assertTrue(Files.readString(export.resolve("Raft.tla")).contains("NoLim"));
        assertFalse(Files.readString(export.resolve("Raft.tla")).contains("NoLimit"));
    }

    @Test
    void killedShellLosesAtMostTheCommandInFlight() throws Exception {
        ProcessBuilder pb = launcher().redirectErrorStream(true);
        Process p = pb.start();
        OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        in.write("new Kept\nsave k\nnew AfterSave\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        // Wait until the last command has reported, then kill -9 with stdin still open (the shell is mid-session).
        String line;
        while ((line = out.readLine()) != null && !line.contains("created module AfterSave")) {
            // keep reading
        }
        assertTrue(line != null, "the shell ended before the commands ran");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Run r = run(null, "-c", "resume k; modules; status");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("AfterSave"), "work after the last save survives the kill: " + r.out());
        assertTrue(r.out().contains("modified since save (saved at v1)"), r.out());
    }
}

package specula.commands.trace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.instrument.Instrumenter;
import specula.commands.llm.ProjectRoot;
import specula.commands.runtime.ModelSteps;
import specula.commands.runtime.ModelWriter;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.WorkspaceOps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example's pipeline without the checker: each command is one version of the session. */
class TraceStepsTest {
    private final Path root = ProjectRoot.find();
    private final Path example = root.resolve("examples/lockserver");
    @TempDir
    Path tmp;

    private Session session() {
        return new SessionStore(tmp.resolve("sessions"), Clock.systemUTC()).newSession();
    }

    @Test
    void modelSpecInstrumentRunConvert() throws Exception {
        Session s = session();
        s.execute("open", WorkspaceOps.open(List.of(example.resolve("LockServer.tla"),
                example.resolve("trace_config.yaml"))));
        int v0 = s.timeline().current().number();
        Outcome model = s.execute("model new", ModelSteps.modelNew(null, new ModelWriter()));
        assertTrue(model.summary().contains("SPECIFICATION Spec, invariants TypeOK, QueueInv"), model.summary());
        assertEquals(Files.readString(example.resolve("LockServer.cfg")), s.snapshot().require("LockServer.cfg")
                .text(), "the example's committed model is what model new writes");
        s.execute("trace spec", TraceSteps.spec(null, new TraceSpecGenerator(root.resolve("templates/trace"))));
        assertTrue(s.snapshot().find("LockServerTrace").isPresent());
        assertTrue(s.snapshot().file("LockServerTrace.cfg").isPresent());
        assertTrue(s.snapshot().file("TraceOps.tla").isPresent());
        assertEquals(v0 + 2, s.timeline().current().number(), "one version per command");

        Path out = tmp.resolve("build/lock_server.py");
        Outcome inst = s.execute("trace instrument", TraceSteps.instrument(
                example.resolve("lock_server.py").toString(), "python", out, null,
                new Instrumenter(root.resolve("templates/instrumentation"))));
        assertTrue(inst.summary().startsWith("instrumented 3 action(s)"), inst.summary());
        assertTrue(Files.isRegularFile(tmp.resolve("build/specula_trace.py")));
        assertTrue(s.snapshot().file("instrumented/lock_server.py").isPresent(), "an absolute --out: file name");
        assertEquals("build/good/x.py", TraceSteps.workName(Path.of("build/./good/x.py"), "x.py"));
        assertEquals("x.py", TraceSteps.workName(Path.of("../x.py"), "x.py"));

        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) || onPath("python3"),
                "python3 absent: run and convert skipped");
        Process p = new ProcessBuilder("python3", "lock_server.py", "1", "40").directory(out.getParent().toFile())
                .redirectOutput(tmp.resolve("raw.ndjson").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        String raw = Files.readString(tmp.resolve("raw.ndjson"));
        assertEquals(Files.readString(example.resolve("raw_trace.ndjson")), raw,
                "the recorded raw trace is what the instrumented build prints (seed 1, 40 steps)");
        Outcome conv = s.execute("trace convert", TraceSteps.convert(tmp.resolve("raw.ndjson").toString(),
                tmp.resolve("trace.ndjson"), example.resolve("trace_map.yaml").toString()));
        String trace = Files.readString(tmp.resolve("trace.ndjson"));
        assertEquals(Files.readString(example.resolve("trace.ndjson")), trace);
        assertTrue(!trace.contains("null") && raw.contains("null"), "None became Nil");
        assertTrue(conv.summary().startsWith("converted " + raw.lines().count() + " line(s)"), conv.summary());
    }

    @Test
    void clearErrorsChangeNothing() {
        Session s = session();
        int v = s.timeline().current().number();
        SessionException e = assertThrows(SessionException.class, () -> s.execute("trace spec",
                TraceSteps.spec(null, new TraceSpecGenerator(root.resolve("templates/trace")))));
        assertTrue(e.getMessage().startsWith("give --config FILE"), e.getMessage());
        e = assertThrows(SessionException.class, () -> s.execute("trace instrument", TraceSteps.instrument(
                example.resolve("lock_server.py").toString(), "cobol", tmp.resolve("x.py"),
                example.resolve("trace_config.yaml").toString(),
                new Instrumenter(root.resolve("templates/instrumentation")))));
        assertTrue(e.getMessage().startsWith("unknown language 'cobol'"), e.getMessage());
        e = assertThrows(SessionException.class, () -> s.execute("model new", ModelSteps.modelNew(null,
                new ModelWriter())));
        assertTrue(e.getMessage().startsWith("no module"), e.getMessage());
        assertEquals(v, s.timeline().current().number());
        assertTrue(!Files.exists(tmp.resolve("x.py")));
    }

    @Test
    void validateLintsFirstThenAsksTheValidator() throws Exception {
        Session s = session();
        s.execute("open", WorkspaceOps.open(List.of(example.resolve("LockServer.tla"),
                example.resolve("trace_config.yaml"), example.resolve("trace.ndjson"))));
        s.execute("trace spec", TraceSteps.spec(null, new TraceSpecGenerator(root.resolve("templates/trace"))));
        List<String> seen = new java.util.ArrayList<>();
        TraceValidator fake = (module, modules, cfg, name, text) -> {
            seen.add(module + " " + new java.util.TreeSet<>(modules.keySet()) + " " + cfg.contains("TraceAccepted"));
            return text.contains("Release") ? TraceVerdict.accepted(name, 10)
                    : new TraceVerdict(name, 1, java.util.Optional.of(new TraceVerdict.Rejection(1, text, java.util.Map.of(),
                    List.of())));
        };
        List<TraceVerdict> shown = new java.util.ArrayList<>();
        Outcome ok = s.execute("trace validate", TraceSteps.validate("trace.ndjson", null, fake, shown::add));
        assertEquals("trace.ndjson: accepted (10 events)", ok.summary());
        assertEquals(List.of("LockServerTrace [LockServer, LockServerTrace, TraceLog, TraceOps] true"), seen);
        Path bad = tmp.resolve("bad.ndjson");
        Files.writeString(bad, "{\"event\": \"Grant\", \"owner\": [{\"op\": \"Swap\"}]}\n");
        Outcome lint = s.execute("trace validate", TraceSteps.validate(bad.toString(), null, fake, shown::add));
        assertTrue(!lint.status().ok() && lint.summary().contains("line 1: owner: unknown op \"Swap\""),
                lint.summary());
        assertEquals(1, seen.size(), "a trace with problems is not replayed");
        Path other = tmp.resolve("other.ndjson");
        Files.writeString(other, "{\"event\": \"Grant\"}\n");
        Outcome rejected = s.execute("trace validate", TraceSteps.validate(other.toString(), null, fake,
                shown::add));
        assertTrue(!rejected.status().ok() && rejected.summary().contains("rejected at line 1"), rejected.summary());
        assertEquals(2, shown.size());
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    static String read(Path p) throws java.io.IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}

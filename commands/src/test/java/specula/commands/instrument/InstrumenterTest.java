package specula.commands.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.llm.ProjectRoot;
import specula.commands.session.Json;
import specula.commands.trace.TraceConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumenterTest {
    private final Path root = ProjectRoot.find();
    private final Instrumenter instrumenter = new Instrumenter(root.resolve("templates/instrumentation"));
    private final Path resources = Path.of("src/test/resources/instrument");
    @TempDir
    Path dir;

    private TraceConfig lockConfig() throws IOException {
        return TraceConfig.parse("lock_config.yaml", Files.readString(resources.resolve("lock_config.yaml")));
    }

    private Instrumenter.Result write(Instrumenter.Result r, String fileName) throws IOException {
        Files.writeString(dir.resolve(fileName), r.text());
        Path helper = dir.resolve(r.helperName());
        Files.createDirectories(helper.getParent());
        Files.writeString(helper, r.helperText());
        return r;
    }

    /** Runs a command in {@code dir}, returns its standard output; fails on a non-zero exit. */
    private String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + " failed:\n" + err);
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(String ndjson) {
        List<Map<String, Object>> out = new ArrayList<>();
        ndjson.lines().filter(l -> !l.isBlank()).forEach(l -> out.add((Map<String, Object>) Json.parse(l)));
        return out;
    }

    /** The new value an event logs for a variable (the helpers log whole-value Update operations). */
    private static Object logged(Map<String, Object> event, String var) {
        Object updates = event.get(var);
        if (updates == null) {
            return "(unchanged)";
        }
        Map<?, ?> u = (Map<?, ?>) ((List<?>) updates).get(0);
        assertEquals("Update", u.get("op"));
        return ((List<?>) u.get("args")).get(0);
    }

    @Test
    void pythonExampleRunsAndLogsEveryStateChange() throws Exception {
        Assumptions.assumeTrue(onPath("python3"), "python3 not installed: skipped");
        Path example = root.resolve("examples/lockserver");
        TraceConfig config = TraceConfig.parse("trace_config.yaml",
                Files.readString(example.resolve("trace_config.yaml")));
        Instrumenter.Result r = write(instrumenter.instrument(Files.readString(example.resolve("lock_server.py")),
                Language.PYTHON, config), "lock_server.py");
        assertEquals(List.of("Request", "Grant", "Release"), new ArrayList<>(r.instrumented().keySet()));
        assertTrue(r.text().contains("import specula_trace\n"));
        assertTrue(r.text().contains("    @specula_trace.traced(\"Grant\", [\"owner\", \"queue\", \"grants\"])\n"
                + "    def grant(self):"), r.text());
        List<Map<String, Object>> events = events(run(List.of("python3", "lock_server.py", "3", "60")));
        assertTrue(events.size() >= 10, "a 60-step run changes the state often: " + events.size());
        // replay the logged values with the lock server's own rules: each event is a legal step of the protocol
        Object owner = null;
        List<Object> queue = new ArrayList<>();
        for (Map<String, Object> e : events) {
            Object newOwner = logged(e, "owner");
            Object newQueue = logged(e, "queue");
            switch ((String) e.get("event")) {
                case "Request" -> {
                    assertEquals("(unchanged)", newOwner);
                    assertEquals(queue.size() + 1, ((List<?>) newQueue).size());
                }
                case "Grant" -> {
                    assertEquals(null, owner, "granted while free");
                    assertEquals(queue.get(0), newOwner);
                    assertTrue(e.containsKey("grants"));
                }
                case "Release" -> {
                    assertNotNull(owner);
                    assertEquals(null, newOwner);
                }
                default -> throw new AssertionError("unexpected event " + e);
            }
            owner = "(unchanged)".equals(newOwner) ? owner : newOwner;
            queue = "(unchanged)".equals(newQueue) ? queue : new ArrayList<>((List<?>) newQueue);
        }
    }

    @Test
    void javaSourceCompilesRunsAndLogs() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "no Java compiler in this runtime: skipped");
        String source = Files.readString(resources.resolve("LockServer.java"));
        Instrumenter.Result r = instrumenter.instrument(source, Language.JAVA, lockConfig());
        assertEquals(List.of("Request", "HandleGrant", "Release"), new ArrayList<>(r.instrumented().keySet()));
        assertEquals(List.of(21), r.instrumented().get("Request"), "the definition, not the comment or the string");
        assertTrue(r.text().contains("package demo;\nimport specula.trace.SpeculaTrace;\n"), r.text());
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/LockServer.java"), r.text());
        Path helper = dir.resolve(r.helperName());
        Files.createDirectories(helper.getParent());
        Files.writeString(helper, r.helperText());
        int rc = javac.run(null, null, null, "-d", dir.resolve("classes").toString(),
                dir.resolve("demo/LockServer.java").toString(), helper.toString());
        assertEquals(0, rc, "the instrumented source compiles:\n" + r.text());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Map<String, Object>> events = events(run(List.of(java, "-cp", dir.resolve("classes").toString(),
                "demo.LockServer")));
        assertEquals(List.of("Request", "Request", "Grant", "Release", "Grant"),
                events.stream().map(e -> e.get("event")).toList(), "refused calls change nothing and log nothing");
        assertEquals(List.of("c1", "c2"), logged(events.get(1), "queue"));
        assertEquals("c1", logged(events.get(2), "owner"));
        assertEquals(List.of("c2"), logged(events.get(2), "queue"));
        assertEquals(null, logged(events.get(3), "owner"));
        assertEquals("c2", logged(events.get(4), "owner"));
    }

    @Test
    void rustSourceCompilesRunsAndLogsWhenRustcIsInstalled() throws Exception {
        String source = Files.readString(resources.resolve("lock.rs"));
        Instrumenter.Result r = instrumenter.instrument(source, Language.RUST, lockConfig());
        assertEquals(3, r.instrumented().size(), r.summary());
        assertTrue(r.text().startsWith("mod specula_trace;\n"));
        assertTrue(r.text().contains("let __specula_result = (|| {"));
        Assumptions.assumeTrue(onPath("rustc"), "rustc not installed: structural checks only");
        write(r, "main.rs");
        run(List.of("rustc", "--edition", "2021", "-o", "lock", "main.rs"));
        List<Map<String, Object>> events = events(run(List.of(dir.resolve("lock").toString())));
        assertEquals(List.of("Request", "Request", "Grant", "Release", "Grant"),
                events.stream().map(e -> e.get("event")).toList());
        assertEquals("c2", logged(events.get(4), "owner"));
    }

    @Test
    void goMethodsGetADeferredStubWithTheirReceiver() throws Exception {
        String source = Files.readString(resources.resolve("lock.go"));
        Instrumenter.Result r = instrumenter.instrument(source, Language.GO, lockConfig());
        assertEquals(Map.of("Request", List.of(11), "HandleGrant", List.of(20), "Release", List.of(28)),
                r.instrumented());
        assertTrue(r.text().contains("func (s *LockServer) Grant() (ok bool, err error) {\n"
                + "\tdefer speculaTrace(\"Grant\", s, []string{ \"owner\", \"queue\" })()\n"), r.text());
        assertTrue(r.text().contains("func release(s *LockServer, client string) {\n"
                + "\tdefer speculaTrace(\"Release\", nil,"), "a function without receiver: " + r.text());
        assertTrue(r.text().contains("func caller(s *LockServer) {\n\ts.Grant()"), "calls are left alone");
        assertTrue(r.helperText().startsWith("// Trace helper") && r.helperText().contains("package lock\n"));
        if (onPath("go")) {
            write(r, "lock.go");
            Files.writeString(dir.resolve("go.mod"), "module lock\n\ngo 1.20\n");
            run(List.of("go", "vet", "."));
        }
    }

    @Test
    void missingFunctionsAreReported() throws Exception {
        TraceConfig config = TraceConfig.parse("c.yaml", "variables: [{name: x}]\nactions:\n- {name: Vanish}\n"
                + "- {name: Grant, function: grant}\n");
        Instrumenter.Result r = instrumenter.instrument(Files.readString(resources.resolve("LockServer.java")),
                Language.JAVA, config);
        assertEquals(List.of("Grant"), new ArrayList<>(r.instrumented().keySet()));
        assertTrue(r.notFound().get(0).startsWith("Vanish (looked for Vanish, vanish"), r.notFound().toString());
        assertTrue(r.summary().contains("no function found for Vanish"));
    }
}

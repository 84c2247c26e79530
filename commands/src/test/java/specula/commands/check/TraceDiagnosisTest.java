package specula.commands.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import specula.commands.trace.TraceConfig;
import specula.commands.trace.TraceSpecGenerator;
import specula.commands.trace.TraceVerdict;
import specula.tla.check.CheckOptions;

/** The rejected line's diagnosis on examples/lockserver: each candidate action's first failing conjunct. */
class TraceDiagnosisTest {
    private final Path root = TestRoot.find();
    private final Path example = root.resolve("examples/lockserver");
    private final Map<String, String> modules = new LinkedHashMap<>();
    private String cfg;
    private String traceModule;

    @BeforeEach
    void generateTheTraceSpec() throws IOException {
        TraceConfig config = TraceConfig.parse("trace_config.yaml",
                Files.readString(example.resolve("trace_config.yaml")));
        TraceSpecGenerator.Output out = new TraceSpecGenerator(root.resolve("templates/trace"))
                .generate(config, "trace_config.yaml");
        traceModule = out.moduleName();
        out.files().forEach((name, text) -> {
            if (name.endsWith(".tla")) modules.put(name.substring(0, name.length() - 4), text);
        });
        cfg = out.files().get(traceModule + ".cfg");
        modules.put("LockServer", Files.readString(example.resolve("LockServer.tla")));
    }

    private TraceVerdict validate(String trace) throws IOException {
        return new EmbeddedTraceValidator(CheckOptions.defaults()).validate(traceModule, modules, cfg, trace,
                Files.readString(example.resolve(trace)));
    }

    @Test
    void grantFailsOnTheHeldLockAtLineFive() throws IOException {
        TraceVerdict v = validate("mutated_trace.ndjson");
        TraceVerdict.Rejection r = v.rejection().orElseThrow();
        assertEquals(5, r.line());
        // Line 5 is a Grant: only Grant is a candidate; Request, Release and stuttering wait for other events.
        assertEquals(List.of("Grant"), r.candidates().stream().map(TraceVerdict.Candidate::action).toList(),
                v.render());
        TraceVerdict.Candidate grant = r.candidates().get(0);
        assertEquals("owner = Nil", grant.failedConjunct(), v.render());
        assertEquals("LockServer.tla:38:8", grant.location(), v.render());
        assertTrue(grant.reason().contains("\"c3\" = \"Nil\""), grant.reason());
        String text = v.render();
        assertTrue(text.contains("Grant: fails owner = Nil (LockServer.tla:38:8)"), text);
        String json = v.toJson();
        assertTrue(json.contains("\"failedConjunct\":\"owner = Nil\""), json);
        assertTrue(json.contains("\"location\":\"LockServer.tla:38:8\""), json);
    }

    @Test
    void aLoggedValueTheActionDisagreesWithIsTheAssignmentThatFails() {
        // Line 2 logs a queue without c3, and it is the trace's last line: the action's queue' = Append(queue, c)
        // becomes a check against the logged value. (A last line whose event name matched used to be accepted.)
        TraceVerdict v = validateText("""
                {"event":"Request","queue":[{"op":"Update","path":[],"args":[["c3"]]}]}
                {"event":"Request","queue":[{"op":"Update","path":[],"args":[["c1"]]}]}
                """);
        TraceVerdict.Rejection r = v.rejection().orElseThrow();
        assertEquals(2, r.line());
        TraceVerdict.Candidate req = r.candidates().get(0);
        assertEquals("Request", req.action());
        // c1 and c2 pass the guards and fail the logged queue (c3 already waits): the first is reported.
        assertEquals("queue' = Append(queue, c)", req.failedConjunct(), v.render());
        assertEquals("LockServer.tla:34:8", req.location(), v.render());
        assertTrue(req.reason().contains("<<\"c1\">> = <<\"c3\", \"c1\">>"), req.reason());
        assertTrue(req.reason().contains("c = \"c1\""), req.reason());
    }

    @Test
    void anUnchangedTupleIsReportedAsWrittenWithTheVariableThatMoved() {
        TraceVerdict v = validateText("""
                {"event":"Request","queue":[{"op":"Update","path":[],"args":[["c3"]]}]}
                {"event":"Grant","owner":[{"op":"Update","path":[],"args":["c3"]}],"queue":[{"op":"Update","path":[],"args":[[]]}],"grants":[{"op":"Update","path":[],"args":[{"c1":0,"c2":0,"c3":1}]}]}
                {"event":"Release","owner":[{"op":"Update","path":[],"args":["Nil"]}],"queue":[{"op":"Update","path":[],"args":[["c1"]]}]}
                """);
        TraceVerdict.Rejection r = v.rejection().orElseThrow();
        assertEquals(3, r.line());
        TraceVerdict.Candidate release = r.candidates().get(0);
        assertEquals("Release", release.action());
        assertEquals("UNCHANGED <<queue, grants>>", release.failedConjunct(), v.render());
        assertTrue(release.reason().startsWith("queue' = <<\"c1\">> but queue = <<>>"), release.reason());
        assertTrue(release.reason().contains("c = \"c3\""), release.reason());
    }

    @Test
    void aGuardWrittenAsAnIfNamesTheBranchTaken() throws IOException {
        String spec = modules.get("LockServer");
        String guarded = spec.substring(spec.indexOf("Grant =="), spec.indexOf("Release(c) =="));
        modules.put("LockServer", spec.replace(guarded, """
                Grant ==
                    IF owner /= Nil \\/ queue = << >>
                    THEN UNCHANGED vars
                    ELSE /\\ owner' = Head(queue)
                         /\\ queue' = Tail(queue)
                         /\\ grants' = [grants EXCEPT ![owner'] = @ + 1]

                """));
        TraceVerdict v = validate("mutated_trace.ndjson");
        TraceVerdict.Candidate grant = v.rejection().orElseThrow().candidates().get(0);
        assertEquals("UNCHANGED vars", grant.failedConjunct(), v.render());
        assertEquals("owner' = \"c2\" but owner = \"c3\" (where IF owner /= Nil \\/ queue = << >> is TRUE)",
                grant.reason());
    }

    @Test
    void aLineNoActionIsWrittenForSaysSo() {
        // Lint would stop an unknown event first; the validator on its own still explains the line.
        TraceVerdict v = validateText("""
                {"event":"Request","queue":[{"op":"Update","path":[],"args":[["c3"]]}]}
                {"event":"Steal","owner":[{"op":"Update","path":[],"args":["c1"]}]}
                """);
        TraceVerdict.Rejection r = v.rejection().orElseThrow();
        assertEquals(2, r.line());
        assertEquals(List.of("(none)"), r.candidates().stream().map(TraceVerdict.Candidate::action).toList());
        assertTrue(r.candidates().get(0).reason().contains("no action is configured for this line's event"));
    }

    private TraceVerdict validateText(String trace) {
        return new EmbeddedTraceValidator(CheckOptions.defaults()).validate(traceModule, modules, cfg, "t", trace);
    }

    @Test
    void theGoodTraceHasNoCandidates() throws IOException {
        TraceVerdict v = validate("trace.ndjson");
        assertTrue(v.accepted(), v.render());
        assertFalse(v.render().contains("fails"));
    }
}

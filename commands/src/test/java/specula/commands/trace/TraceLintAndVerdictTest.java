package specula.commands.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import specula.commands.llm.ProjectRoot;
import specula.commands.session.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceLintAndVerdictTest {
    private final Path example = ProjectRoot.find().resolve("examples/lockserver");

    private TraceConfig config() throws IOException {
        return TraceConfig.parse("trace_config.yaml", Files.readString(example.resolve("trace_config.yaml")));
    }

    @Test
    void theExampleTracesAreWellFormed() throws IOException {
        assertEquals(List.of(), new TraceLint().check(config(), Files.readString(example.resolve("trace.ndjson"))));
        assertEquals(List.of(), new TraceLint().check(config(),
                Files.readString(example.resolve("mutated_trace.ndjson"))));
    }

    @Test
    void mistakesAreReportedWithTheirLine() throws IOException {
        String trace = """
                {"Client": ["c1"]}
                {"event": "Request", "queue": [{"op": "Update", "args": [["c1"]]}]}
                {"event": "Acquire"}
                {"event": "Grant", "owner": [{"op": "Update"}], "colour": []}
                {"event": "Release", "owner": [{"op": "Frobnicate", "args": [1]}]}
                oops
                """;
        List<String> p = new TraceLint().check(config(), trace).stream().map(Object::toString).toList();
        assertEquals(List.of("line 3: event \"Acquire\" is not in the configuration (known: Grant, Release, Request, "
                        + "Stuttering)",
                "line 4: owner: op Update needs 1 argument(s), has 0",
                "line 4: \"colour\" is not a configured variable",
                "line 5: owner: unknown op \"Frobnicate\""), p.subList(0, 4));
        assertTrue(p.get(4).startsWith("line 6: not JSON"), p.toString());
    }

    @Test
    void verdictsRenderForPeopleAndTools() {
        TraceVerdict ok = TraceVerdict.accepted("trace.ndjson", 10);
        assertEquals("trace.ndjson: accepted (10 events)\n", ok.render());
        TraceVerdict no = new TraceVerdict("mutated_trace.ndjson", 13, Optional.of(new TraceVerdict.Rejection(5,
                "{\"event\":\"Grant\"}", Map.of("owner", "\"c3\""), List.of(new TraceVerdict.Candidate("Grant",
                "owner = Nil", "LockServer.tla:39:8", null)))));
        assertTrue(no.render().contains("rejected at line 5") && no.render().contains("Grant: fails owner = Nil "
                + "(LockServer.tla:39:8)"), no.render());
        Map<?, ?> json = (Map<?, ?>) Json.parse(no.toJson());
        assertEquals(false, json.get("accepted"));
        assertEquals(5L, ((Map<?, ?>) json.get("rejection")).get("line"));
    }
}

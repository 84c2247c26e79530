package specula.commands.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import specula.commands.llm.ProjectRoot;
import specula.commands.session.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceConverterTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(String ndjson) {
        List<Map<String, Object>> out = new ArrayList<>();
        ndjson.lines().filter(l -> !l.isBlank()).forEach(l -> out.add((Map<String, Object>) Json.parse(l)));
        return out;
    }

    @Test
    void idsNullsRenamesAndDropsFollowTheMapping() {
        TraceMapping m = TraceMapping.parse("m.yaml", """
                ids: {1: c1, 2: c2}
                id_fields: [client, waiting]
                null_as: Nil
                rename: {client: c}
                drop: [ts]
                keep_unknown: true
                """);
        String raw = """
                {"event": "Grant", "client": 1, "term": 1, "owner": null, "ts": 99, "waiting": [2, 1]}
                not json
                {"event": "Release", "client": 2}
                """;
        TraceConverter.Result r = new TraceConverter(m).convert("raw.ndjson", raw);
        List<Map<String, Object>> out = lines(r.text());
        assertEquals(2, out.size());
        assertEquals(Map.of("event", "Grant", "c", "c1", "term", 1L, "owner", "Nil", "waiting", List.of("c2", "c1")),
                out.get(0), "ids only in id fields: term 1 stays a number");
        assertEquals(List.of("event", "c", "term", "owner", "waiting"), new ArrayList<>(out.get(0).keySet()));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).startsWith("raw.ndjson:2:"), r.problems().toString());
        assertEquals(3, r.read());
        assertEquals(2, r.written());
    }

    @Test
    void eventRulesRenameFilterAndBuildUpdates() {
        TraceMapping m = TraceMapping.parse("m.yaml", """
                events:
                  acquire:
                    as: Grant
                    log:
                      owner: [{op: Update, args: [$who]}]
                  noise:
                    as: Noise
                    when: {kind: loud}
                """);
        String raw = """
                {"event": "acquire", "who": "c2"}
                {"event": "noise", "kind": "quiet"}
                {"event": "noise", "kind": "loud"}
                {"event": "other"}
                """;
        TraceConverter.Result r = new TraceConverter(m).convert("raw", raw);
        List<Map<String, Object>> out = lines(r.text());
        assertEquals(List.of(Map.of("event", "Grant", "owner", List.of(Map.of("op", "Update", "args",
                List.of("c2")))), Map.of("event", "Noise", "kind", "loud")), out);
        assertEquals(Map.of("noise", 1, "other", 1), r.dropped());
        TraceConverter bad = new TraceConverter(TraceMapping.parse("m.yaml",
                "events:\n  acquire:\n    log:\n      owner: [{op: Update, args: [$whom]}]\n"));
        TraceConfigException e = assertThrows(TraceConfigException.class, () -> bad.convert("raw", raw));
        assertTrue(e.getMessage().contains("no field 'whom'"), e.getMessage());
    }

    @Test
    void idsWithoutTheirFieldsAreRefused() {
        assertThrows(TraceConfigException.class, () -> TraceMapping.parse("m.yaml", "ids: {1: n1}\n"));
    }

    @Test
    void theSeedEtcdRunnerTraceWithGoMaps() throws IOException {
        Optional<Path> raw = ProjectRoot.shared().map(s -> s.resolve("seed/etcd/runners/raft_trace.ndjson"));
        Assumptions.assumeTrue(raw.isPresent() && Files.isRegularFile(raw.get()), "seed runner trace absent: skipped");
        String text = Files.readString(raw.get());
        TraceMapping m = TraceMapping.parse("etcd_map.yaml", Files.readString(
                Path.of("src/test/resources/trace/etcd_map.yaml")));
        TraceConverter.Result r = new TraceConverter(m).convert("raft_trace.ndjson", text);
        assertEquals(List.of(), r.problems());
        // expected figures read from the raw file independently of the converter
        List<String> expectedEvents = new ArrayList<>();
        List<String> expectedNodes = new ArrayList<>();
        for (String l : text.lines().toList()) {
            Matcher x = Pattern.compile("\"action\":\"(\\w+)\"").matcher(l);
            Matcher node = Pattern.compile("node_id:(\\d+)").matcher(l);
            assertTrue(x.find() && node.find(), l);
            if (!x.group(1).equals("Step") || l.contains("msg_type:MsgVote")) {
                expectedEvents.add(x.group(1));
                expectedNodes.add("n" + node.group(1));
            }
        }
        List<Map<String, Object>> out = lines(r.text());
        assertEquals(Map.of("Server", List.of("n1", "n2", "n3")), out.get(0), "the header comes first");
        List<Map<String, Object>> events = out.subList(1, out.size());
        assertEquals(expectedEvents, events.stream().map(e -> e.get("event")).toList());
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> e = events.get(i);
            if (e.get("event").equals("Step")) {
                Map<?, ?> msg = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) e.get("messages")).get(0)).get("args"))
                        .get(0);
                assertEquals(expectedNodes.get(i), msg.get("to"));
                assertTrue(msg.get("from").toString().matches("n[123]"), msg.toString());
            } else {
                Map<?, ?> upd = (Map<?, ?>) ((List<?>) e.get("currentTerm")).get(0);
                assertEquals(List.of(expectedNodes.get(i)), upd.get("path"));
            }
        }
        assertEquals(text.lines().count(), r.read());
    }
}

package specula.commands.cfa;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.Snapshot;
import specula.commands.session.Status;
import specula.commands.session.WorkFile;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session step: new module version plus trace configuration; trace configuration contents; the DOT graph. */
class CfaStepTest {

    private static Snapshot snapshot(WorkFile... files) {
        return Snapshot.EMPTY.with(List.of(files), Set.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesTheTransformedModuleAndItsTraceConfiguration() throws Exception {
        String cfg = "CONSTANT Nil = Nil\nINIT Init\nNEXT Next\n";
        String calls = CfaSemanticsTest.resource("Calls.tla");
        Snapshot s = snapshot(WorkFile.module("Calls", calls), WorkFile.of("Calls.cfg", cfg));
        CfaStep step = new CfaStep("Calls", CfaOptions.ALL);
        Outcome o = step.run(s);
        assertEquals(Status.OK, o.status());
        WorkFile module = o.written().stream().filter(f -> f.name().equals("Calls.tla")).findFirst().orElseThrow();
        assertTrue(module.text().contains("HandleOuter_1"), module.text());
        WorkFile yaml = o.written().stream().filter(f -> f.name().equals("Calls.trace.yaml")).findFirst().orElseThrow();
        assertEquals(FileKind.ARTIFACT, yaml.kind());
        Map<String, Object> y = new Yaml().load(yaml.text());
        assertEquals("Calls", y.get("spec_name"));
        List<Map<String, Object>> vars = (List<Map<String, Object>>) y.get("variables");
        assertEquals(List.of("x", "y"), vars.stream().map(v -> v.get("name")).toList(), "pc/info/stack left out");
        assertEquals("1", vars.get(1).get("default_value"));
        List<Map<String, Object>> actions = (List<Map<String, Object>>) y.get("actions");
        assertEquals("HandleOuter", actions.get(0).get("name"));
        assertEquals(List.of(Map.of("name", "p", "source", "{1, 2}")), actions.get(0).get("parameters"));
        List<Map<String, Object>> inter = (List<Map<String, Object>>) y.get("interactions");
        assertEquals(List.of("HandleAdd", "HandleAdd_1", "HandleOuter_1"), inter.stream().map(i -> i.get("name")).toList());
        assertTrue(step.result().orElseThrow().changes().stream().anyMatch(c -> c.action().equals("Outer")
                && c.algorithm().equals("pc")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void constantsTakeTheirValuesFromTheModel() throws Exception {
        String spec = "---- MODULE M ----\nCONSTANT N\nVARIABLE x\nInit == x = 0\nNext == x < N /\\ x' = x + 1\n====\n";
        Outcome o = new CfaStep(null, CfaOptions.ALL).run(snapshot(WorkFile.module("M", spec),
                WorkFile.of("M.cfg", "CONSTANT N = 3\nINIT Init\nNEXT Next\n")));
        assertEquals(1, o.written().size(), "already structured: only the trace configuration is written");
        Map<String, Object> y = new Yaml().load(o.written().get(0).text());
        assertEquals(List.of(Map.of("name", "N", "value", "3")), y.get("constants"));
        assertTrue(o.summary().contains("unchanged"), o.summary());
    }

    @Test
    void aModuleThatDoesNotParseFailsWithItsPosition() throws Exception {
        Outcome o = new CfaStep("Bad", CfaOptions.ALL).run(snapshot(WorkFile.module("Bad",
                "---- MODULE Bad ----\nVARIABLE x\nInit == x =\n====\n")));
        assertEquals(Status.FAILED, o.status());
        assertTrue(o.summary().contains("Bad.tla does not parse"), o.summary());
        assertFalse(o.changes());
    }

    @Test
    void graphShowsBranchesAndWhatEachStatementAssigns() throws Exception {
        var m = Seeds.parse("Branches.tla", CfaSemanticsTest.resource("Branches.tla"));
        String dot = CfgGraph.dot(m, "Step");
        assertTrue(dot.startsWith("digraph \"Branches\""), dot);
        assertTrue(dot.contains("shape=diamond"), dot);
        assertTrue(dot.contains("[label=\"THEN\"]") && dot.contains("[label=\"ELSE\"]"), dot);
        assertTrue(dot.contains("assigns z"), dot);
        assertFalse(dot.contains("cluster_Next"), "only the chosen action");
        try {
            CfgGraph.dot(m, "Nope");
            throw new AssertionError("unknown action accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("Step"), e.getMessage());
        }
    }
}

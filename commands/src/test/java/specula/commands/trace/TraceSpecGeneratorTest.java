package specula.commands.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import specula.commands.llm.ProjectRoot;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.DiagnosticFormatter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.ast.Unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceSpecGeneratorTest {
    private final Path root = ProjectRoot.find();
    private final TraceSpecGenerator generator = new TraceSpecGenerator(root.resolve("templates/trace"));

    static final String SMALL = """
            spec_name: Bank
            constants:
            - {name: Accounts, value: '{"a1", "a2"}'}
            - {name: Nil, value: '"Nil"'}
            variables:
            - {name: balance, default_value: '[a \\\\in Accounts |-> 0]'}
            - {name: pending, default_type: set}
            - {name: locks, default_type: node_map_bool}
            actions:
            - name: HandleTransfer
              parameters: [{name: a, source: Accounts}, {name: m, source: pending}]
            - name: HandleAudit
              event: audit
              stmt: |
                  /\\ pc = Nil
                  /\\ HandleAudit
            interactions:
            - {name: HandleTransfer_1}
            interaction_guard: 'pc # Nil'
            """;

    private static Map<String, Unit.OpDef> parseClean(String name, String text) {
        ParseResult r = new TlaParser().parse(name, text);
        assertTrue(r.ok(), name + " must parse:\n" + DiagnosticFormatter.formatAll(r, text) + "\n" + text);
        Map<String, Unit.OpDef> defs = new java.util.LinkedHashMap<>();
        for (Unit u : r.module().units()) {
            if (u instanceof Unit.OpDef d) {
                defs.put(d.name().text(), d);
            }
        }
        return defs;
    }

    private static void assertAllParse(TraceSpecGenerator.Output out) {
        for (Map.Entry<String, String> f : out.files().entrySet()) {
            if (f.getKey().endsWith(".tla")) {
                parseClean(f.getKey(), f.getValue());
            }
        }
    }

    @Test
    void oneMatchingActionPerConfiguredActionWithLoggedValuesFirst() {
        TraceSpecGenerator.Output out = generator.generate(TraceConfig.parse("bank.yaml", SMALL), "bank.yaml");
        assertEquals("BankTrace", out.moduleName());
        assertEquals(List.of("BankTrace.tla", "BankTrace.cfg", "TraceLog.tla", "TraceOps.tla"),
                new ArrayList<>(out.files().keySet()));
        assertAllParse(out);
        Map<String, Unit.OpDef> defs = parseClean("BankTrace.tla", out.files().get("BankTrace.tla"));
        String transfer = AstPrinter.print(defs.get("HandleTransferIsEvent").body());
        assertTrue(transfer.indexOf("IsEvent(\"Transfer\")") < transfer.indexOf("TraceUpdates")
                && transfer.indexOf("TraceUpdates") < transfer.indexOf("HandleTransfer(a, m)"), transfer);
        assertTrue(transfer.contains("\\E a \\in Accounts"), transfer);
        String audit = AstPrinter.print(defs.get("HandleAuditIsEvent").body());
        assertTrue(audit.contains("IsEvent(\"audit\")") && audit.contains("pc = Nil"), "the stmt is used: " + audit);
        String next = AstPrinter.print(defs.get("TraceNext").body());
        for (String d : List.of("HandleTransferIsEvent", "HandleAuditIsEvent", "StutterIsEvent", "InternalStep")) {
            assertTrue(next.contains(d), next);
        }
        String internal = AstPrinter.print(defs.get("InternalStep").body());
        assertTrue(internal.contains("pc # Nil") || internal.contains("pc /= Nil"), internal);
        assertTrue(internal.contains("UNCHANGED l"), internal);
        assertTrue(AstPrinter.print(defs.get("TraceDefault_balance").body()).contains("\\in Accounts"),
                "doubled backslashes are collapsed");
        assertEquals("[x \\in Accounts |-> FALSE]", AstPrinter.print(defs.get("TraceDefault_locks").body()));
        for (String d : List.of("TraceInit", "TraceSpec", "TraceView", "TraceUpdates")) {
            assertTrue(defs.containsKey(d), d);
        }
    }

    @Test
    void theModelAssignsTheConstantsAndNamesTheTraceOperators() {
        String cfg = generator.generate(TraceConfig.parse("bank.yaml", SMALL), "bank.yaml").files()
                .get("BankTrace.cfg");
        ModelConfig c = ConfigParser.parse("BankTrace.cfg", cfg);
        assertEquals(Optional.of("TraceSpec"), c.specification());
        assertEquals(Optional.of("TraceView"), c.view());
        assertEquals(Optional.of("TraceAccepted"), c.postcondition());
        assertEquals(Optional.of(false), c.checkDeadlock());
        assertTrue(c.constant("Accounts").isPresent() && c.constant("Nil").isPresent());
    }

    @Test
    void genericModulesDefineWhatTheTraceModuleUses() {
        TraceSpecGenerator.Output out = generator.generate(TraceConfig.parse("bank.yaml", SMALL), "bank.yaml");
        Map<String, Unit.OpDef> log = parseClean("TraceLog.tla", out.files().get("TraceLog.tla"));
        for (String d : List.of("Trace", "TraceLen", "logline", "IsEvent", "TraceCursorInit", "TraceAccepted")) {
            assertTrue(log.containsKey(d), d);
        }
        assertTrue(parseClean("TraceOps.tla", out.files().get("TraceOps.tla")).containsKey("ApplyUpdates"));
    }

    @Test
    void badConfigurationsAreClearErrors() {
        TraceConfigException e = assertThrows(TraceConfigException.class,
                () -> TraceConfig.parse("x.yaml", "actions:\n- parameters: []\n"));
        assertTrue(e.getMessage().contains("'name' is missing"), e.getMessage());
        e = assertThrows(TraceConfigException.class, () -> TraceConfig.parse("x.yaml", "actions: [\n"));
        assertTrue(e.getMessage().startsWith("x.yaml:"), e.getMessage());
        e = assertThrows(TraceConfigException.class, () -> generator.generate(TraceConfig.parse("x.yaml",
                "spec_name: X\nconstants:\n- {name: N, value: '1 +'}\n"), "x.yaml"));
        assertTrue(e.getMessage().contains("constant N"), e.getMessage());
    }

    @Test
    void theSeedConfigurationsGiveModulesThatParse() throws IOException {
        Optional<Path> shared = ProjectRoot.shared();
        Assumptions.assumeTrue(shared.isPresent(), "../shared absent: skipped");
        for (String yaml : List.of("seed/etcd/spec/step5/raft_config.yaml", "seed/etcd/config/raft_config.yaml")) {
            Path file = shared.get().resolve(yaml);
            Assumptions.assumeTrue(Files.isRegularFile(file), file + " absent: skipped");
            TraceConfig c = TraceConfig.parse(file.toString(), Files.readString(file));
            TraceSpecGenerator.Output out = generator.generate(c, yaml);
            assertAllParse(out);
            Map<String, Unit.OpDef> defs = parseClean("RaftTrace.tla", out.files().get("RaftTrace.tla"));
            assertTrue(defs.containsKey("StepIsEvent"), yaml);
            assertTrue(AstPrinter.print(defs.get("TraceDefault_currentTerm").body()).contains("Server"), yaml);
        }
    }

    @Test
    void theExampleConfigurationGivesModulesThatParse() throws IOException {
        Path yaml = root.resolve("examples/lockserver/trace_config.yaml");
        TraceSpecGenerator.Output out = generator.generate(TraceConfig.parse(yaml.toString(),
                Files.readString(yaml)), "trace_config.yaml");
        assertAllParse(out);
        assertTrue(out.files().get("LockServerTrace.tla").contains("EXTENDS LockServer, TraceLog, TraceOps"));
    }
}

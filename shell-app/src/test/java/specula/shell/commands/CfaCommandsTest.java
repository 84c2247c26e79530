package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.session.FileKind;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.commands.session.WorkFile;
import specula.commands.session.WorkspaceOps;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

class CfaCommandsTest {
    private static final String SPEC = String.join("\n",
            "---- MODULE Twice ----",
            "EXTENDS Naturals",
            "VARIABLES x, y",
            "Init == x = 0 /\\ y = 0",
            "Bump(n) == /\\ x < 4",
            "           /\\ x' = x + n",
            "           /\\ y' = x' * 2",
            "           /\\ x' = x' + 1",
            "Next == \\E n \\in {1, 2} : Bump(n)",
            "====", "");

    @TempDir
    Path dir;
    private final StringWriter text = new StringWriter();
    private SessionHolder holder;
    private CfaCommands cfa;

    @BeforeEach
    void setUp() throws Exception {
        ShellConfig config = ShellConfig.builder().layer("test", Map.of("shell.editor", "sed -i s/HandleBump_1/HandleBumpAgain/"))
                .build();
        holder = new SessionHolder(new SessionStore(dir.resolve("sessions"), Clock.systemUTC()), config);
        Output out = new Output(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true), false);
        StepRunner steps = new StepRunner(holder, out);
        cfa = new CfaCommands(holder, out, steps, new WorkspaceCommands(holder, out, steps));
        Path spec = dir.resolve("Twice.tla");
        Files.writeString(spec, SPEC);
        holder.session().execute(WorkspaceOps.open(List.of(spec)));
    }

    @Test
    void cfaMakesOneVersionWithTheModuleAndItsTraceConfigurationAndExplains() {
        int before = holder.session().timeline().current().number();
        cfa.cfa("", "", true);
        assertEquals(before + 1, holder.session().timeline().current().number());
        WorkFile module = holder.session().snapshot().require("Twice");
        assertTrue(module.text().contains("Bump_1(n) =="), module.text());
        WorkFile yaml = holder.session().snapshot().require("Twice.trace.yaml");
        assertEquals(FileKind.ARTIFACT, yaml.kind());
        assertTrue(text.toString().contains("[pc] Bump: x is assigned again"), text.toString());
    }

    @Test
    void traceConfigShowsAndEditsThroughTheEditor() {
        assertThrows(SessionException.class, () -> cfa.traceConfig("show", ""), "before cfa");
        cfa.cfa("Twice", "pc,uc,su", false);
        cfa.traceConfig("show", "");
        assertTrue(text.toString().contains("spec_name: Twice"), text.toString());
        assertTrue(text.toString().contains("name: HandleBump_1"), text.toString());
        cfa.traceConfig("edit", "Twice");
        assertTrue(holder.session().snapshot().require("Twice.trace.yaml").text().contains("HandleBumpAgain"));
        assertThrows(SessionException.class, () -> cfa.traceConfig("remove", ""));
    }

    @Test
    void badOnlyIsAClearError() {
        SessionException e = assertThrows(SessionException.class, () -> cfa.cfa("", "pc,xx", false));
        assertTrue(e.getMessage().contains("unknown algorithm 'xx'"), e.getMessage());
    }

    @Test
    void cfgGraphWritesDot() throws Exception {
        Path file = dir.resolve("g/twice.dot");
        cfa.cfgGraph("Twice", "Bump", file.toString());
        String dot = Files.readString(file);
        assertTrue(dot.startsWith("digraph \"Twice\""), dot);
        assertTrue(dot.contains("assigns x"), dot);
        assertThrows(SessionException.class, () -> cfa.cfgGraph("Twice", "Nope", file.toString()));
    }
}

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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.llm.ProjectRoot;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.commands.session.WorkspaceOps;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

class TraceCommandsTest {
    private final Path example = ProjectRoot.find().resolve("examples/lockserver");
    private final StringWriter printed = new StringWriter();
    private SessionHolder holder;
    private TraceCommands commands;
    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        holder = new SessionHolder(new SessionStore(tmp.resolve("sessions"), Clock.systemUTC()),
                ShellConfig.builder().layer("default", ShellConfig.defaults()).build());
        Output out = new Output(new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true), false);
        commands = new TraceCommands(holder, new StepRunner(holder, out), out, java.util.Map.of());
        holder.session().execute("open", WorkspaceOps.open(List.of(example.resolve("LockServer.tla"),
                example.resolve("trace_config.yaml"))));
    }

    @Test
    void modelNewAndTraceCommandsMakeVersions() throws Exception {
        int v = holder.session().timeline().current().number();
        commands.model("new", "", false);
        commands.trace("spec", "", "", "", "", "", "", false, false);
        Path out = tmp.resolve("lock_server.py");
        commands.trace("instrument", example.resolve("lock_server.py").toString(), "", "python", out.toString(), "",
                "", false, false);
        commands.trace("convert", example.resolve("raw_trace.ndjson").toString(), "", "", tmp.resolve("t.ndjson")
                .toString(), example.resolve("trace_map.yaml").toString(), "", false, false);
        assertEquals(v + 4, holder.session().timeline().current().number());
        assertTrue(holder.session().snapshot().file("LockServerTrace.tla").isPresent());
        assertEquals(Files.readString(example.resolve("trace.ndjson")), Files.readString(tmp.resolve("t.ndjson")));
        assertTrue(Files.isRegularFile(tmp.resolve("specula_trace.py")));
        String text = printed.toString();
        assertTrue(text.contains("model LockServer.cfg: 3 constant(s)"), text);
        assertTrue(text.contains("trace spec LockServerTrace from trace_config.yaml"), text);
        assertTrue(text.contains("instrumented 3 action(s)"), text);
        assertTrue(text.contains("converted 10 line(s) into 10 event(s)"), text);
    }

    @Test
    void usageErrorsNameTheMissingPart() {
        SessionException e = assertThrows(SessionException.class, () -> commands.trace("instrument", "", "", "", "",
                "", "", false, false));
        assertEquals("usage: trace instrument SOURCE", e.getMessage());
        e = assertThrows(SessionException.class, () -> commands.trace("convert", "raw.ndjson", "", "", "", "",
                "", false, false));
        assertEquals("usage: trace convert RAW --out TRACE", e.getMessage());
        e = assertThrows(SessionException.class, () -> commands.trace("dance", "", "", "", "", "", "",
                false, false));
        assertTrue(e.getMessage().startsWith("trace: expected spec"), e.getMessage());
        e = assertThrows(SessionException.class, () -> commands.trace("validate", "t.ndjson", "", "", "", "", "",
                false, false));
        assertTrue(e.getMessage().contains("neither a working file nor a file on disk"), e.getMessage());
        e = assertThrows(SessionException.class, () -> commands.model("old", "", false));
        assertTrue(e.getMessage().contains("model new [MODULE]"), e.getMessage());
    }
}

package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

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

/** trace validate without TLA2TOOLS_JAR runs on the embedded checker (examples/lockserver). */
class TraceValidateEmbeddedTest {
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
        commands = new TraceCommands(holder, new StepRunner(holder, out), out, Map.of());
        holder.session().execute("open", WorkspaceOps.open(List.of(example.resolve("LockServer.tla"),
                example.resolve("trace_config.yaml"))));
        commands.trace("spec", "", "", "", "", "", "", false, false);
    }

    @Test
    void theRecordedTraceIsAccepted() {
        commands.trace("validate", example.resolve("trace.ndjson").toString(), "", "", "", "", "", false, false);
        String text = printed.toString();
        assertTrue(text.contains("accepted"), text);
    }

    @Test
    void theMutatedTraceIsRejectedAtItsLine() {
        SessionException e = assertThrows(SessionException.class, () -> commands.trace("validate",
                example.resolve("mutated_trace.ndjson").toString(), "", "", "", "", "", true, false));
        String text = printed.toString();
        assertTrue(text.contains("\"accepted\":false") || text.contains("\"accepted\": false"), text);
        // examples/lockserver/README.md: rejected at line 5 (Grant to c2 while c3 holds the lock), after line 4's
        // state owner = "c3", queue = <<"c2", "c1">>.
        assertTrue(text.contains("\"line\":5"), text);
        assertTrue(text.contains("\"owner\":\"\\\"c3\\\"\""), "state before the line: " + text);
        assertTrue(text.contains("<<\\\"c2\\\", \\\"c1\\\">>"), "state before the line: " + text);
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        // And why: Grant's guard, at its place in LockServer.tla.
        assertTrue(text.contains("\"action\":\"Grant\",\"failedConjunct\":\"owner = Nil\""), text);
    }

    @Test
    void noFailReportsTheRejectionWithoutFailingTheCommand() {
        commands.trace("validate", example.resolve("mutated_trace.ndjson").toString(), "", "", "", "", "", false,
                true);
        String text = printed.toString();
        assertTrue(text.contains("rejected at line 5"), text);
        assertTrue(text.contains("Grant: fails owner = Nil (LockServer.tla:38:8)"), text);
    }
}

package specula.commands.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.WorkFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check --fix through a session: every accepted attempt is a version, a refused one changes nothing. */
class RuntimeStepsTest {
    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();
    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws IOException {
        server = new StubLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void attemptsBecomeVersions() {
        Session s = new SessionStore(tmp.resolve("sessions"), Clock.systemUTC()).newSession();
        s.execute("load", current -> Outcome.changed("load", List.of(WorkFile.module("Buf",
                RuntimeFixLoopTest.BROKEN), WorkFile.of("Buf.cfg", RuntimeFixLoopTest.CFG))));
        int v0 = s.timeline().current().number();
        RuntimeSteps.Inputs in = RuntimeSteps.inputs(s.snapshot(), null);
        assertEquals("Buf", in.moduleName());
        assertEquals(Map.of(), in.otherModules());
        String cheat = RuntimeFixLoopTest.FIXED.replace("TypeOK == InRange(n)", "TypeOK == TRUE");
        server.answer("```tla\n" + cheat + "```").answer("```tla\n" + RuntimeFixLoopTest.FIXED + "```");
        ModelRunner runner = (m, modules, cfg) -> modules.get(m).contains("- \"1\"") ? RuntimeFixLoopTest.TYPE_ERROR
                : RunReport.ok("No error has been found");
        RuntimeFixLoop loop = new RuntimeFixLoop(runner, kit.client(kit.config(Provider.OPENAI, server, false), null),
                new PromptLibrary(ProjectRoot.find().resolve("templates/prompts")), null, in.otherModules(),
                new RuntimeFixLoop.Options(3, 3));
        RuntimeRun run = loop.runToEnd(in.moduleName(), in.text(), in.cfg(), (a, r) -> {
            Outcome o = s.execute("check --fix", RuntimeSteps.attempt(a, in.moduleName()));
            assertEquals(a.accepted(), o.status().ok(), o.summary());
        }, TokenListener.NONE, CancelToken.none());
        assertEquals(RuntimeRun.Status.CHECKS, run.status());
        assertEquals(v0 + 1, s.timeline().current().number(), "the refused attempt made no version");
        assertEquals(RuntimeFixLoopTest.FIXED, s.snapshot().require("Buf").text());
        assertTrue(run.attempt(1).refusals().contains("rewrites the definition of TypeOK"));
    }

    @Test
    void aModuleWithoutModelIsAClearError() {
        Session s = new SessionStore(tmp.resolve("sessions"), Clock.systemUTC()).newSession();
        s.execute("load", current -> Outcome.changed("load", List.of(WorkFile.module("Buf", "x"))));
        SessionException e = assertThrows(SessionException.class, () -> RuntimeSteps.inputs(s.snapshot(), "Buf"));
        assertTrue(e.getMessage().contains("model new Buf"), e.getMessage());
    }
}

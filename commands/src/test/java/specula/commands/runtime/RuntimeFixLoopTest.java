package specula.commands.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuntimeFixLoopTest {
    static final String BROKEN = InvariantGuardTest.SPEC.replace("n' = n - 1", "n' = n - \"1\"");
    static final String FIXED = InvariantGuardTest.SPEC;
    static final String CFG = InvariantGuardTest.CFG;
    static final RunReport TYPE_ERROR = new RuntimeErrorClassifier().classify("""
            Error: Attempted to compare integer 1 with non-integer:
            "1"
            line 9, col 23 to line 9, col 33 of module Buf

            The behavior up to this point is:
            State 1: <Initial predicate>
            n = 0

            State 2: <Put line 8, col 8 to line 8, col 26 of module Buf>
            n = 1
            """, 75);

    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();
    private final PromptLibrary prompts = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
    private final List<String> ran = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new StubLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A checker stand-in: a type error while the subtraction mixes types, a finding when Get has no guard. */
    private RunReport fakeCheck(String module, Map<String, String> modules, String cfg) {
        ran.add(modules.get(module));
        String text = modules.get(module);
        if (text.contains("- \"1\"")) {
            return TYPE_ERROR;
        }
        if (!text.contains("Get == n > 0")) {
            return new RunReport(RunReport.Kind.INVARIANT_VIOLATION, "Invariant TypeOK is violated.",
                    Optional.empty(), Optional.of("TypeOK"), "State 1: <Initial predicate>\nn = 0");
        }
        return RunReport.ok("Model checking completed. No error has been found.");
    }

    private RuntimeFixLoop loop(int attempts) {
        LlmClient client = kit.client(kit.config(Provider.OPENAI, server, false), null);
        return new RuntimeFixLoop(this::fakeCheck, client, prompts, null, Map.of(),
                new RuntimeFixLoop.Options(attempts, 3));
    }

    private static String answer(String module) {
        return "The subtraction mixed an integer and a string.\n```tla\n" + module + "```\n";
    }

    @Test
    void thePromptsDeclareWhatTheLoopsFillIn() {
        assertEquals(java.util.Set.of("module", "attempt", "spec", "cfg", "kind", "error", "location", "trace",
                "hints"), prompts.get(RuntimeFixLoop.PROMPT).placeholders());
        assertEquals(java.util.Set.of("module", "spec", "draft", "notes"),
                prompts.get(LlmModelWriter.PROMPT).placeholders());
    }

    @Test
    void correctsARuntimeErrorThroughTheModel() {
        server.answer(answer(FIXED));
        List<RuntimeAttempt> seen = new ArrayList<>();
        RuntimeRun run = loop(3).runToEnd("Buf", BROKEN, CFG, (a, r) -> seen.add(a), TokenListener.NONE,
                CancelToken.none());
        assertEquals(RuntimeRun.Status.CHECKS, run.status(), run.message());
        assertEquals(FIXED, run.text());
        assertEquals(CFG, run.cfg());
        assertEquals(1, seen.size());
        RuntimeAttempt a = seen.get(0);
        assertEquals(RunReport.Kind.TYPE_COMPARE_ERROR, a.reportBefore().kind());
        assertTrue(a.reportAfter().ok());
        String sent = server.received().get(0).body().toString();
        assertTrue(sent.contains("Attempted to compare integer 1 with non-integer"), "the error is sent");
        assertTrue(sent.contains("State 2: <Put"), "the trace excerpt is sent");
        assertTrue(sent.contains("INVARIANT TypeOK"), "the model is sent");
        assertTrue(run.summaryTable().contains("CHECKS"));
    }

    @Test
    void refusesAnAnswerThatDeletesTheViolatedInvariant() {
        String cheat = FIXED.replace("TypeOK == InRange(n)\n", "");
        server.answer(answer(cheat) + "```cfg\nCONSTANT Cap = 3\nINIT Init\nNEXT Next\n```\n");
        RuntimeRun run = loop(1).runToEnd("Buf", BROKEN, CFG, RuntimeFixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(RuntimeRun.Status.OUT_OF_ATTEMPTS, run.status());
        assertEquals(BROKEN, run.text(), "the spec is untouched");
        assertEquals(CFG, run.cfg(), "the model is untouched");
        RuntimeAttempt a = run.attempt(1);
        assertTrue(a.refused());
        assertNull(a.reportAfter(), "a refused answer is not even checked");
        assertTrue(a.refusals().contains("deletes the definition of TypeOK"), a.refusals().toString());
        assertTrue(a.refusals().contains("removes invariant TypeOK from the model"), a.refusals().toString());
        assertEquals(1, ran.size(), "only the initial check ran");
    }

    @Test
    void findingsAreReportedAndNeverSentToTheModel() {
        String unguarded = FIXED.replace("Get == n > 0 /\\ ", "Get == ");
        RuntimeRun run = loop(3).runToEnd("Buf", unguarded, CFG, RuntimeFixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(RuntimeRun.Status.FINDING, run.status());
        assertTrue(run.message().startsWith("invariant violation (TypeOK)"), run.message());
        assertEquals(0, server.received().size());
        assertEquals(List.of(), run.attempts());
    }

    @Test
    void aCorrectionThatRevealsAFindingStopsThere() {
        server.answer(answer(FIXED.replace("Get == n > 0 /\\ ", "Get == ")));
        RuntimeRun run = loop(3).runToEnd("Buf", BROKEN, CFG, RuntimeFixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(RuntimeRun.Status.FINDING, run.status());
        assertEquals(1, run.attempts().size());
    }

    @Test
    void stepsOneAttemptAtATimeAndStopsWithoutProgress() {
        server.answer(answer(BROKEN)).answer(answer(FIXED));
        RuntimeFixLoop loop = loop(3);
        RuntimeRun run = loop.start("Buf", BROKEN, CFG);
        assertEquals(RuntimeRun.Status.RUNNING, run.status());
        loop.step(run, RuntimeFixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        assertEquals(RuntimeRun.Status.NO_PROGRESS, run.status(), "the same error again stops the loop");
        assertTrue(loop.step(run, RuntimeFixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none()).isEmpty());
    }

    @Test
    void anAnswerWithoutAModuleIsAFailedAttemptNotAStop() {
        server.answer("I cannot help with that.").answer(answer(FIXED));
        RuntimeRun run = loop(3).runToEnd("Buf", BROKEN, CFG, RuntimeFixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(RuntimeRun.Status.CHECKS, run.status());
        assertTrue(run.attempt(1).failed());
        assertTrue(run.attempt(2).accepted());
    }
}

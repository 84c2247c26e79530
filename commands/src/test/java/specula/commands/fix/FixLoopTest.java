package specula.commands.fix;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixLoopTest {
    static final String GOOD = """
            ---- MODULE Lock ----
            EXTENDS Naturals
            VARIABLE owner
            Init == owner = 0
            Next == IF owner = 0 THEN owner' = 1 ELSE owner' = 0
            ====
            """;
    static final String BROKEN = GOOD.replace("ELSE owner' = 0", "");
    static final Problem NO_ELSE = new Problem(6, 1, "***Parse Error*** | Encountered \"====\" at line 6, column 1 "
            + "and token \"1\"", Problem.Phase.PARSE);

    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();
    private final PromptLibrary prompts = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
    private final List<FixAttempt> seen = new ArrayList<>();
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new StubLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FixLoop loop(SpecChecker checker, Provider p, int attempts, Path rec) {
        LlmClient client = kit.client(kit.config(p, server, true), rec);
        return new FixLoop(checker, client, prompts, SharedKnowledge.get(), PreFixes.all(),
                new FixLoop.Options(attempts, 3, 5));
    }

    private static SpecChecker table(Map<String, List<Problem>> byText) {
        return (name, text) -> byText.getOrDefault(text,
                List.of(new Problem(1, 1, "unexpected text", Problem.Phase.OTHER)));
    }

    @Test
    void correctsThroughTheModelWithRetrievedHints() {
        server.answer("The IF lacked its ELSE.\n```tla\n" + GOOD + "```");
        FixRun run = loop(table(Map.of(BROKEN, List.of(NO_ELSE), GOOD, List.of())), Provider.OPENAI, 3, null)
                .runToEnd("Lock", BROKEN, (a, r) -> seen.add(a), TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.CLEAN, run.status());
        assertEquals(GOOD, run.text());
        assertEquals(1, run.attempts().size());
        FixAttempt a = run.attempt(1);
        assertEquals(List.of(a), seen, "the listener saw the attempt");
        assertEquals(FixAttempt.Kind.LLM, a.kind());
        assertEquals(List.of(NO_ELSE), a.errorsBefore());
        assertTrue(a.errorsAfter().isEmpty());
        assertEquals("P-MISSING-ELSE", a.retrieved().get(0).id(), a.retrieved().toString());
        assertTrue(a.prompt().contains("Encountered \"====\" at line 6") && a.prompt().contains("ELSE is mandatory")
                && a.prompt().contains(BROKEN.strip()), a.prompt());
        assertTrue(a.tokensIn() > 0 && a.answer().contains("lacked its ELSE"));
        String table = FixReport.table(run.attempts());
        assertTrue(table.contains("llm") && table.contains("model correction"), table);
    }

    @Test
    void deterministicRepairsComeFirstEachAsItsOwnAttempt() {
        String noHeaderNoEnd = BROKEN.replace("---- MODULE Lock ----\n", "").replace("====\n", "");
        String withHeader = "---- MODULE Lock ----\n" + noHeaderNoEnd;
        String withBoth = withHeader.stripTrailing() + "\n====\n";
        Function<String, List<Problem>> f = t -> t.equals(GOOD) ? List.of() : t.equals(withBoth) ? List.of(NO_ELSE)
                : List.of(new Problem(1, 1, "structure", Problem.Phase.PARSE));
        server.answer("```tla\n" + GOOD + "```");
        FixRun run = loop((n, t) -> f.apply(t), Provider.ANTHROPIC, 1, null)
                .runToEnd("Lock", noHeaderNoEnd, (a, r) -> seen.add(a), TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.CLEAN, run.status(), run.message());
        assertEquals(List.of(FixAttempt.Kind.PREFIX, FixAttempt.Kind.PREFIX, FixAttempt.Kind.LLM),
                run.attempts().stream().map(FixAttempt::kind).toList());
        assertTrue(run.attempt(1).description().startsWith("add-header"));
        assertEquals(withHeader, run.attempt(1).after());
        assertTrue(run.attempt(2).description().startsWith("add-terminator"));
        assertEquals(1, server.received().size(), "only the real error went to the model");
        assertEquals(1, run.llmAttempts());
    }

    @Test
    void sameErrorsAfterAnAttemptStopsTheLoop() {
        String reformatted = BROKEN.replace("Init == owner = 0", "Init ==  owner = 0");
        Problem moved = new Problem(7, 1, NO_ELSE.message().replace("line 6", "line 7"), Problem.Phase.PARSE);
        server.answer("```tla\n" + reformatted + "```").answer("```tla\n" + GOOD + "```");
        FixRun run = loop(table(Map.of(BROKEN, List.of(NO_ELSE), reformatted, List.of(moved))), Provider.OPENAI, 5,
                null).runToEnd("Lock", BROKEN, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.NO_PROGRESS, run.status());
        assertEquals(1, run.attempts().size());
        assertEquals(reformatted, run.text(), "the attempt is kept as a version; undo can take it back");
        assertEquals(1, server.remaining(), "no further call after no progress");
    }

    @Test
    void attemptsRunOutWithErrorsLeft() {
        String v1 = BROKEN.replace("owner = 0\nNext", "owner = 0 \nNext");
        String v2 = BROKEN.replace("owner = 0\nNext", "owner = 0  \nNext");
        Problem p1 = new Problem(3, 1, "Unknown operator: `ownr'.", Problem.Phase.SEMANTIC);
        Problem p2 = new Problem(3, 1, "Unknown operator: `onwer'.", Problem.Phase.SEMANTIC);
        server.answer("```tla\n" + v1 + "```").answer("```tla\n" + v2 + "```");
        FixRun run = loop(table(Map.of(BROKEN, List.of(NO_ELSE), v1, List.of(p1), v2, List.of(p2))),
                Provider.ANTHROPIC, 2, null).runToEnd("Lock", BROKEN, FixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(FixRun.Status.OUT_OF_ATTEMPTS, run.status());
        assertEquals(2, run.attempts().size());
        assertEquals(v2, run.text());
        assertEquals("S-UNKNOWN-OPERATOR", run.attempt(2).retrieved().get(0).id());
    }

    @Test
    void badAnswersAreFailedAttemptsThatLeaveTheSpecAlone() {
        server.answer("Sorry, I am not sure what to change.")
                .answer("```tla\n" + GOOD.replace("MODULE Lock", "MODULE Mutex") + "```")
                .answer("```tla\n" + GOOD + "```");
        FixRun run = loop(table(Map.of(BROKEN, List.of(NO_ELSE), GOOD, List.of())), Provider.OPENAI, 3, null)
                .runToEnd("Lock", BROKEN, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.CLEAN, run.status());
        assertTrue(run.attempt(1).failure().startsWith("NO_TLA_BLOCK"), run.attempt(1).failure());
        assertNull(run.attempt(1).after());
        assertTrue(run.attempt(2).failure().startsWith("WRONG_MODULE"), run.attempt(2).failure());
        assertEquals(BROKEN, run.attempt(2).before(), "the spec was untouched by the failed attempts");
        assertEquals(GOOD, run.text());
    }

    @Test
    void providerFailureStopsWithTheSpecUnchanged() {
        server.then(new StubLlmServer.Fail(401, null, null));
        FixRun run = loop(table(Map.of(BROKEN, List.of(NO_ELSE))), Provider.ANTHROPIC, 3, null)
                .runToEnd("Lock", BROKEN, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.FAILED, run.status());
        assertEquals(BROKEN, run.text());
        assertTrue(run.message().contains("HTTP 401"), run.message());
        assertEquals(1, server.received().size());
        // the key was fixed: fix --continue resumes the same run
        server.answer("```tla\n" + GOOD + "```");
        FixLoop again = loop(table(Map.of(BROKEN, List.of(NO_ELSE), GOOD, List.of())), Provider.ANTHROPIC, 3, null);
        again.resume(run, run.text());
        assertEquals(FixRun.Status.RUNNING, run.status());
        while (!run.finished()) {
            again.step(run, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        }
        assertEquals(FixRun.Status.CLEAN, run.status());
        assertEquals(2, run.attempts().size());
    }

    @Test
    void stepwiseRunAcceptsAUserEditBetweenSteps() {
        String userEdit = GOOD.replace("owner' = 1", "owner' = 1 ");
        String half = BROKEN.replace("Init", "Init ");
        server.answer("```tla\n" + half + "```");
        FixLoop loop = loop(table(Map.of(BROKEN, List.of(NO_ELSE), half,
                List.of(new Problem(2, 1, "Unknown operator: `Len'.", Problem.Phase.SEMANTIC)),
                userEdit, List.of())), Provider.OPENAI, 3, null);
        FixRun run = loop.start("Lock", BROKEN);
        FixAttempt first = loop.step(run, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none())
                .orElseThrow();
        assertEquals(FixRun.Status.RUNNING, run.status());
        assertEquals(half, first.after());
        loop.adopt(run, userEdit);
        assertEquals(FixRun.Status.CLEAN, run.status(), "the user's edit fixed it");
        assertTrue(loop.step(run, FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none()).isEmpty());
    }

    @Test
    void recordedFixRunReplaysToTheSameResult() {
        server.answer("```tla\n" + GOOD + "```");
        Path rec = dir.resolve("llm.jsonl");
        SpecChecker checker = table(Map.of(BROKEN, List.of(NO_ELSE), GOOD, List.of()));
        FixRun live = loop(checker, Provider.OPENAI, 3, rec).runToEnd("Lock", BROKEN, FixLoop.Listener.NONE,
                TokenListener.NONE, CancelToken.none());
        LlmConfig cfg = LlmConfig.defaults(Provider.REPLAY).withReplayFile(rec);
        LlmClient replay = new LlmClient(kit.factory().create(cfg), cfg, null, d -> { }, LlmTestKit.CLOCK, s -> { });
        FixRun again = new FixLoop(checker, replay, prompts, SharedKnowledge.get(), PreFixes.all(),
                new FixLoop.Options(3, 3, 5)).runToEnd("Lock", BROKEN, FixLoop.Listener.NONE, TokenListener.NONE,
                CancelToken.none());
        assertEquals(live.status(), again.status());
        assertEquals(live.text(), again.text());
        assertEquals(live.attempt(1).prompt(), again.attempt(1).prompt());
    }
}

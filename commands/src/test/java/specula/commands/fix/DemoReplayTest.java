package specula.commands.fix;

import org.junit.jupiter.api.Test;
import specula.commands.generate.Generator;
import specula.commands.generate.SourceFile;
import specula.commands.llm.CancelToken;
import specula.commands.llm.ExchangeLog;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed demo recording (generate + fix of {@code lock.go}) replays offline to a module the checker
 * accepts; with {@code -Dspecula.recordDemo=true} it is recorded again through the stub first.
 */
class DemoReplayTest {
    static final String BROKEN = """
            ---- MODULE Lock ----
            EXTENDS Naturals, Sequences

            CONSTANTS Client

            VARIABLES holder, waiting

            vars == <<holder, waiting>>

            Acquire(c) ==
                IF holder = 0
                THEN /\\ holder' = c
                     /\\ UNCHANGED waiting

            Release(c) ==
                /\\ holder = c
                /\\ IF Len(waiting) > 0
                   THEN /\\ holder' = Head(waiting)
                        /\\ waiting' = Tail(waiting)
                   ELSE /\\ holder' = 0
                        /\\ UNCHANGED waiting

            Init ==
                /\\ holder = 0
                /\\ waiting = <<>>

            Next ==
                \\/ \\E c \\in Client : Acquire(c)
                \\/ \\E c \\in Client : Release(c)

            Spec == Init /\\ [][Next]_vars
            ====
            """;
    static final String FIXED = BROKEN.replace("""
                     /\\ UNCHANGED waiting

            Release(c) ==""", """
                     /\\ UNCHANGED waiting
                ELSE /\\ waiting' = Append(waiting, c)
                     /\\ UNCHANGED holder

            Release(c) ==""");
    static final Problem NO_ELSE = new Problem(15, 1, "***Parse Error*** | Encountered \"Beginning of definition\" at "
            + "line 15, column 1 and token \"waiting\"", Problem.Phase.PARSE);

    private final PromptLibrary prompts = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
    private final Path demo = ProjectRoot.find().resolve("commands/src/test/resources/llm/demo");
    private final SpecChecker checker = (name, text) -> text.equals(BROKEN) ? List.of(NO_ELSE)
            : text.equals(FIXED) ? List.of() : List.of(new Problem(1, 1, "unexpected text", Problem.Phase.OTHER));

    private String run(LlmClient client) {
        Generator.Result g = new Generator(client, prompts).generate(List.of(SourceFile.read(demo.resolve("lock.go"))),
                new Generator.Options(Generator.Mode.DIRECT, "Lock", 24_000), TokenListener.NONE,
                CancelToken.none(), s -> { });
        FixRun fix = new FixLoop(checker, client, prompts, null, PreFixes.all(), FixLoop.Options.defaults())
                .runToEnd("Lock", g.spec(), FixLoop.Listener.NONE, TokenListener.NONE, CancelToken.none());
        assertEquals(FixRun.Status.CLEAN, fix.status(), fix.message());
        return fix.text();
    }

    @Test
    void recordedDemoReplaysOfflineToACleanModule() throws Exception {
        Path rec = demo.resolve("llm.jsonl");
        if (Boolean.getBoolean("specula.recordDemo")) {
            Files.deleteIfExists(rec);
            try (StubLlmServer server = new StubLlmServer()) {
                server.answer("Here is the translation of lock.go.\n\n```tla\n" + BROKEN + "```\n")
                        .answer("The IF in Acquire had no ELSE; in TLA+ it is mandatory. When the lock is taken, "
                                + "the client is queued.\n\n```tla\n" + FIXED + "```\n");
                LlmTestKit kit = new LlmTestKit();
                run(kit.client(kit.config(Provider.OPENAI, server, true), rec));
            }
        }
        assertEquals(2, ExchangeLog.read(rec).size());
        List<String> notices = new ArrayList<>();
        LlmConfig cfg = LlmConfig.defaults(Provider.REPLAY).withModel("replay-ordered").withReplayFile(rec);
        LlmClient replay = new specula.commands.llm.LlmServices(Map.<String, String>of()::get)
                .client(cfg, null, notices::add);
        assertEquals(FIXED, run(replay));
        assertTrue(notices.isEmpty() || notices.get(0).contains("ordered replay"), notices.toString());
    }
}

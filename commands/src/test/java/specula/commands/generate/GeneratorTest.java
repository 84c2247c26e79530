package specula.commands.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import specula.commands.llm.CancelToken;
import specula.commands.llm.Exchange;
import specula.commands.llm.ExchangeLog;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmException;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    static final String GO = """
            package counter

            type Counter struct {
            \tn int
            }

            // Inc adds one unless the limit is reached.
            func (c *Counter) Inc(limit int) {
            \tif c.n < limit {
            \t\tc.n++
            \t}
            }

            // Reset forgets the count.
            func (c *Counter) Reset() {
            \tc.n = 0
            }
            """;
    static final String MODULE_A = """
            ---- MODULE CounterSpec ----
            EXTENDS Naturals
            CONSTANT Limit
            VARIABLE n
            vars == <<n>>
            Inc == IF n < Limit THEN n' = n + 1 ELSE UNCHANGED n
            Init == n = 0
            Next == Inc
            Spec == Init /\\ [][Next]_vars
            ====
            """;
    static final String MODULE_B = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            VARIABLE n
            Reset == n' = 0
            Init == n = 0
            Next == Reset
            ====
            """;

    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();
    private final PromptLibrary prompts = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
    private final List<String> progress = new ArrayList<>();
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

    private Generator generator(Provider p, boolean stream, Path rec) {
        return new Generator(kit.client(kit.config(p, server, stream), rec), prompts);
    }

    @Test
    void draftModeKeepsTheAnalysisAndFollowsIt() {
        String analysis = "## Functions\n- Inc: protocol logic\n## State\n- n: Nat - the count";
        server.answer(analysis).answer("Here you go:\n```tla\n" + MODULE_A + "```\nHope this helps.");
        Path rec = dir.resolve("llm.jsonl");
        StringBuilder streamed = new StringBuilder();
        Generator.Result r = generator(Provider.OPENAI, true, rec).generate(
                List.of(new SourceFile("counter.go", GO)), new Generator.Options(Generator.Mode.DRAFT, null, 24_000),
                streamed::append, CancelToken.none(), progress::add);
        assertEquals("Counter", r.moduleName());
        assertEquals(MODULE_A.replace("CounterSpec", "Counter"), r.spec(), "renamed to the chosen module name");
        assertEquals(analysis + "\n", r.analysis());
        assertEquals(2, r.calls());
        assertTrue(streamed.toString().contains("## Functions"), "tokens were streamed");
        List<StubLlmServer.Received> got = server.received();
        String draftPrompt = userText(got.get(0).body());
        String translatePrompt = userText(got.get(1).body());
        assertTrue(draftPrompt.contains("func (c *Counter) Inc(limit int)"), draftPrompt);
        assertTrue(translatePrompt.contains(analysis) && translatePrompt.contains("MODULE Counter"),
                translatePrompt);
        List<Exchange> log = ExchangeLog.read(rec);
        assertEquals(List.of("generate.draft", "generate.translate"), log.stream().map(Exchange::purpose).toList());
        assertEquals(List.of("analysing counter.go (lines 1-17)", "translating counter.go (lines 1-17)"), progress);
    }

    @Test
    void directModeSplitsLargeInputAndMergesTheParts() {
        server.answer("```tla\n" + MODULE_A + "```").answer("```tla\n" + MODULE_B + "```");
        Generator.Result r = generator(Provider.ANTHROPIC, false, null).generate(
                List.of(new SourceFile("counter.go", GO)), new Generator.Options(Generator.Mode.DIRECT, "Counter", 200),
                s -> { }, CancelToken.none(), progress::add);
        assertEquals(2, r.chunks().size());
        assertNull(r.analysis());
        String second = userText(server.received().get(1).body());
        assertTrue(second.contains("Reuse these names") && second.contains("already used by other parts of this "
                + "translation: n."), second);
        String spec = r.spec();
        assertTrue(spec.startsWith("---- MODULE Counter ----\nEXTENDS Naturals\n"), spec);
        assertTrue(spec.contains("VARIABLES n\n") && spec.contains("CONSTANTS Limit"), spec);
        assertTrue(spec.contains("Inc ==") && spec.contains("Reset =="), spec);
        assertTrue(spec.contains("Next ==\n    \\/ Inc\n    \\/ Reset\n"), spec);
        assertTrue(progress.contains("merging 2 partial modules"));
    }

    @Test
    void answerWithoutModuleFailsCleanly() {
        server.answer("I would need more context to translate this.");
        LlmException e = assertThrows(LlmException.class, () -> generator(Provider.OPENAI, false, null).generate(
                List.of(new SourceFile("counter.go", GO)), new Generator.Options(Generator.Mode.DIRECT, null, 24_000),
                s -> { }, CancelToken.none(), progress::add));
        assertEquals(LlmException.Kind.NO_TLA_BLOCK, e.kind());
    }

    @Test
    void truncatedTranslationFailsCleanly() {
        server.then(new StubLlmServer.Answer("```tla\n---- MODULE Counter ----\nVARIABLE n\nInit ==", true));
        LlmException e = assertThrows(LlmException.class, () -> generator(Provider.ANTHROPIC, true, null).generate(
                List.of(new SourceFile("counter.go", GO)), new Generator.Options(Generator.Mode.DIRECT, null, 24_000),
                s -> { }, CancelToken.none(), progress::add));
        assertEquals(LlmException.Kind.TRUNCATED, e.kind());
        assertTrue(e.getMessage().contains("llm.maxTokens"));
    }

    @Test
    void recordedRunReplaysToTheSameModule() {
        server.answer("analysis").answer("```tla\n" + MODULE_A + "```");
        Path rec = dir.resolve("llm.jsonl");
        Generator.Options opts = new Generator.Options(Generator.Mode.DRAFT, "Counter", 24_000);
        Generator.Result live = generator(Provider.OPENAI, false, rec).generate(
                List.of(new SourceFile("counter.go", GO)), opts, s -> { }, CancelToken.none(), s -> { });
        LlmConfig cfg = LlmConfig.defaults(Provider.REPLAY).withReplayFile(rec);
        LlmClient replay = new LlmClient(kit.factory().create(cfg), cfg, null, d -> { }, LlmTestKit.CLOCK, s -> { });
        Generator.Result again = new Generator(replay, prompts).generate(List.of(new SourceFile("counter.go", GO)),
                opts, s -> { }, CancelToken.none(), s -> { });
        assertEquals(live.spec(), again.spec());
        assertEquals(live.analysis(), again.analysis());
        LlmException e = assertThrows(LlmException.class, () -> new Generator(new LlmClient(
                kit.factory().create(cfg), cfg, null, d -> { }, LlmTestKit.CLOCK, s -> { }), prompts)
                .generate(List.of(new SourceFile("counter.go", GO + "// edited\n")), opts, s -> { },
                        CancelToken.none(), s -> { }));
        assertEquals(LlmException.Kind.REPLAY_MISMATCH, e.kind(), "a changed source does not replay silently");
    }

    @Test
    void raftGoIsTranslatedChunkByChunkAndMergedIntoOneModule() throws IOException {
        Path raft = ProjectRoot.shared().map(s -> s.resolve("seed/etcd/source/raft.go")).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(raft != null && java.nio.file.Files.exists(raft),
                "../shared/seed/etcd/source/raft.go absent");
        SourceFile src = SourceFile.read(raft);
        int chunks = new SourceSplitter(24_000).split(src).size();
        for (int i = 1; i <= chunks; i++) {
            server.answer("```tla\n---- MODULE Part" + i + " ----\nEXTENDS Naturals\nCONSTANT Server\n"
                    + "VARIABLES term, v" + i + "\nvars == <<term, v" + i + ">>\nStep" + i + "(s) == /\\ v" + i
                    + "' = s\n             /\\ UNCHANGED term\nInit == /\\ term = 0\n        /\\ v" + i
                    + " = 0\nNext == \\E s \\in Server : Step" + i + "(s)\nSpec == Init /\\ [][Next]_vars\n====\n```");
        }
        Generator.Result r = generator(Provider.OPENAI, true, null).generate(List.of(src),
                new Generator.Options(Generator.Mode.DIRECT, null, 24_000), s -> { }, CancelToken.none(), progress::add);
        assertEquals("Raft", r.moduleName());
        assertEquals(chunks, r.chunks().size());
        assertTrue(chunks >= 3, "raft.go (82 KB) needs several 24 KB chunks: " + chunks);
        assertEquals(chunks, server.received().size());
        String spec = r.spec();
        assertEquals(1, spec.split("VARIABLES ", -1).length - 1, "one VARIABLES list");
        assertTrue(spec.contains("VARIABLES term, v1, v2, v3"), spec);
        assertEquals(1, spec.split("term = 0", -1).length - 1, "term initialised once");
        for (int i = 1; i <= chunks; i++) {
            assertTrue(spec.contains("\\E s \\in Server : Step" + i + "(s)"), "Next covers part " + i);
        }
        String last = userText(server.received().get(chunks - 1).body());
        assertTrue(last.contains("already used by other parts of this translation: term, v1"), last);
    }

    static String userText(JsonNode body) {
        StringBuilder b = new StringBuilder();
        for (JsonNode m : body.path("messages")) {
            if (m.path("role").asText().equals("user")) {
                JsonNode c = m.path("content");
                if (c.isTextual()) {
                    b.append(c.asText());
                } else {
                    c.forEach(part -> b.append(part.path("text").asText()));
                }
            }
        }
        return b.toString();
    }
}

package specula.commands.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayModelTest {
    @TempDir
    Path dir;

    private final LlmTestKit kit = new LlmTestKit();

    @Test
    void replaysARecordedRunInOrderAndByPrompt() throws IOException {
        Path rec = dir.resolve("llm.jsonl");
        try (StubLlmServer server = new StubLlmServer()) {
            server.answer("one").answer("two");
            LlmClient live = kit.client(kit.config(Provider.ANTHROPIC, server, true), rec);
            live.chat(new LlmRequest("a", "s", "first"));
            live.chat(new LlmRequest("b", "s", "second"));
        }
        LlmConfig cfg = LlmConfig.defaults(Provider.REPLAY).withReplayFile(rec);
        LlmClient replay = new LlmClient(kit.factory().create(cfg), cfg, null, d -> { }, LlmTestKit.CLOCK, s -> { });
        StringBuilder streamed = new StringBuilder();
        assertEquals("one", replay.chat(new LlmRequest("a", "s", "first"), streamed::append, CancelToken.none())
                .text());
        assertEquals("one", streamed.toString());
        assertEquals("two", replay.chat(new LlmRequest("b", "s", "second")).text());

        ReplayModel byHash = ReplayModel.open(rec);
        assertEquals("two", byHash.call(new LlmRequest("b", "s", "second"), TokenListener.NONE, CancelToken.none())
                .text(), "a later exchange with the same prompt is found");
        assertEquals(1, byHash.remaining());
    }

    @Test
    void mismatchNamesTheExchangeAndTheFirstDifference() {
        ReplayModel m = new ReplayModel("rec", List.of(new Exchange(1, "t", "openai", "m", "fix.attempt",
                new LlmRequest("fix.attempt", "s", "line one\nline two").hash(), "s", "line one\nline two", "ans",
                1, 1, 5, "stop", null)));
        LlmException e = assertThrows(LlmException.class, () -> m.call(new LlmRequest("fix.attempt", "s",
                "line one\nline 2"), TokenListener.NONE, CancelToken.none()));
        assertEquals(LlmException.Kind.REPLAY_MISMATCH, e.kind());
        assertTrue(e.getMessage().contains("exchange #1") && e.getMessage().contains("line 3")
                && e.getMessage().contains("line two"), e.getMessage());
    }

    @Test
    void failedRecordedCallsAreSkippedAndAPartialLastLineIgnored() throws IOException {
        Path rec = dir.resolve("llm.jsonl");
        ExchangeLog log = new ExchangeLog(rec, Redactor.none());
        LlmRequest q = new LlmRequest("p", "s", "u");
        log.append(new Exchange(1, "t", "openai", "m", "p", q.hash(), "s", "u", "", 0, 0, 1, "error", "SERVER: 500"));
        log.append(new Exchange(2, "t", "openai", "m", "p", q.hash(), "s", "u", "good", 3, 4, 9, "stop", null));
        Files.writeString(rec, "{\"seq\":3,\"resp", StandardOpenOption.APPEND);
        assertEquals(2, ExchangeLog.read(rec).size());
        LlmReply r = ReplayModel.open(rec).call(q, TokenListener.NONE, CancelToken.none());
        assertEquals("good", r.text());
        assertEquals(Duration.ofMillis(9), r.latency());
    }

    @Test
    void emptyReplayFileIsAConfigError() {
        LlmException e = assertThrows(LlmException.class, () -> ReplayModel.open(dir.resolve("none.jsonl")));
        assertEquals(LlmException.Kind.CONFIG, e.kind());
    }
}

package specula.commands.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmClientTest {
    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();
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

    private static final LlmRequest REQ = new LlmRequest("test", "You write TLA+.", "Say hello.");

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void blockingAnswerTravelsThroughTheRealClient(Provider p) {
        server.answer("hello from the stub");
        LlmReply r = kit.client(kit.config(p, server, false), dir.resolve("llm.jsonl")).chat(REQ);
        assertEquals("hello from the stub", r.text());
        assertEquals(11, r.tokensIn());
        assertEquals("stop", r.finishReason());
        StubLlmServer.Received req = server.received().get(0);
        String sent = req.body().toString();
        assertTrue(sent.contains("Say hello.") && sent.contains("You write TLA+."), sent);
        if (p == Provider.OPENAI) {
            assertEquals("Bearer " + LlmTestKit.KEY, req.headers().get("Authorization").get(0));
        } else {
            assertEquals(LlmTestKit.KEY, req.headers().get("X-api-key").get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void streamingDeliversTokensInOrder(Provider p) {
        String text = "---- MODULE M ----\nVARIABLE x\nInit == x = 0\n====";
        server.answer(text);
        StringBuilder seen = new StringBuilder();
        int[] count = {0};
        LlmReply r = kit.client(kit.config(p, server, true), null)
                .chat(REQ, t -> { seen.append(t); count[0]++; }, CancelToken.none());
        assertEquals(text, r.text());
        assertEquals(text, seen.toString());
        assertTrue(count[0] > 1, "several stream events expected");
        assertTrue(server.received().get(0).body().path("stream").asBoolean());
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void unauthorizedIsNotRetriedAndHidesTheKey(Provider p) {
        server.then(new StubLlmServer.Fail(401, null,
                "{\"error\":{\"type\":\"authentication_error\",\"message\":\"bad key " + LlmTestKit.KEY + "\"}}"));
        Path rec = dir.resolve("llm.jsonl");
        LlmException e = assertThrows(LlmException.class,
                () -> kit.client(kit.config(p, server, false), rec).chat(REQ));
        assertEquals(LlmException.Kind.AUTH, e.kind());
        assertEquals(1, server.received().size());
        assertFalse(e.getMessage().contains(LlmTestKit.KEY), e.getMessage());
        assertTrue(e.getMessage().contains("STUB_KEY") || e.getMessage().contains("llm.apiKeyEnv"));
        assertKeyAbsent(rec);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void rateLimitHonoursRetryAfter(Provider p) {
        server.then(new StubLlmServer.Fail(429, "7", null)).answer("ok");
        LlmReply r = kit.client(kit.config(p, server, false), null).chat(REQ);
        assertEquals("ok", r.text());
        assertEquals(2, r.attempts());
        assertEquals(List.of(Duration.ofSeconds(7)), kit.pauses);
        assertEquals(1, kit.notices.size());
        assertTrue(kit.notices.get(0).contains("retrying in 7000 ms"), kit.notices.toString());
        assertFalse(kit.notices.toString().contains(LlmTestKit.KEY));
    }

    @Test
    void rateLimitInStreamingModeHonoursRetryAfterToo() {
        server.then(new StubLlmServer.Fail(429, "3", null)).answer("ok");
        LlmReply r = kit.client(kit.config(Provider.OPENAI, server, true), null)
                .chat(REQ, TokenListener.NONE, CancelToken.none());
        assertEquals("ok", r.text());
        assertEquals(List.of(Duration.ofSeconds(3)), kit.pauses);
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void serverErrorThenSuccessBacksOffExponentially(Provider p) {
        server.then(new StubLlmServer.Fail(500, null, null)).then(new StubLlmServer.Fail(503, null, null))
                .answer("recovered");
        LlmReply r = kit.client(kit.config(p, server, false), dir.resolve("llm.jsonl")).chat(REQ);
        assertEquals("recovered", r.text());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), kit.pauses);
        List<Exchange> rec = ExchangeLog.read(dir.resolve("llm.jsonl"));
        assertEquals(3, rec.size(), "failed tries are recorded too");
        assertTrue(rec.get(0).failed() && rec.get(1).failed() && !rec.get(2).failed());
    }

    @Test
    void retriesAreBounded() {
        for (int i = 0; i < 6; i++) {
            server.then(new StubLlmServer.Fail(502, null, null));
        }
        LlmException e = assertThrows(LlmException.class,
                () -> kit.client(kit.config(Provider.OPENAI, server, false), null).chat(REQ));
        assertEquals(LlmException.Kind.SERVER, e.kind());
        assertEquals(3, server.received().size(), "1 try + 2 retries");
        assertTrue(e.getMessage().contains("gave up after 3 tries"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void timeoutIsReportedAndRetried(Provider p) {
        server.then(new StubLlmServer.Stall(3000, "late")).then(new StubLlmServer.Stall(3000, "late"))
                .then(new StubLlmServer.Stall(3000, "late"));
        LlmConfig c = kit.config(p, server, false).withTimeout(Duration.ofMillis(300)).withRetries(1);
        LlmException e = assertThrows(LlmException.class, () -> kit.client(c, null).chat(REQ));
        assertEquals(LlmException.Kind.TIMEOUT, e.kind(), e.getMessage());
        assertEquals(1, kit.pauses.size());
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void connectionRefusedIsClear(Provider p) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        LlmConfig c = kit.config(p, server, false).withBaseUrl("http://127.0.0.1:" + closedPort + "/v1/")
                .withRetries(1);
        LlmException e = assertThrows(LlmException.class, () -> kit.client(c, null).chat(REQ));
        assertEquals(LlmException.Kind.CONNECTION, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
        assertEquals(1, kit.pauses.size());
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class, names = {"OPENAI", "ANTHROPIC"})
    void truncatedAnswerIsAnErrorAndNotRetried(Provider p) {
        server.then(new StubLlmServer.Answer("---- MODULE M ----\nInit == ", true));
        for (boolean stream : new boolean[] {false, true}) {
            if (stream) {
                server.then(new StubLlmServer.Answer("---- MODULE M ----\nInit == ", true));
            }
            LlmClient client = kit.client(kit.config(p, server, stream), null);
            LlmException e = assertThrows(LlmException.class,
                    () -> client.chat(REQ, TokenListener.NONE, CancelToken.none()));
            assertEquals(LlmException.Kind.TRUNCATED, e.kind());
        }
        assertEquals(2, server.received().size());
    }

    @Test
    void cancelledBeforeTheCallSendsNothing() {
        CancelToken t = new CancelToken();
        t.cancel();
        LlmException e = assertThrows(LlmException.class, () -> kit.client(kit.config(Provider.OPENAI, server, true),
                null).chat(REQ, TokenListener.NONE, t));
        assertEquals(LlmException.Kind.CANCELLED, e.kind());
        assertEquals(0, server.received().size());
    }

    @Test
    void cancelDuringAStalledStreamReturnsPromptly() {
        server.then(new StubLlmServer.Stall(4000, "late"));
        CancelToken t = new CancelToken();
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            t.cancel();
        }).start();
        long start = System.nanoTime();
        LlmException e = assertThrows(LlmException.class, () -> kit.client(kit.config(Provider.ANTHROPIC, server,
                true), null).chat(REQ, TokenListener.NONE, t));
        assertEquals(LlmException.Kind.CANCELLED, e.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000);
    }

    @Test
    void cancelDuringABlockingCallReturnsPromptly() {
        server.then(new StubLlmServer.Stall(4000, "late"));
        CancelToken t = new CancelToken();
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            t.cancel();
        }).start();
        long start = System.nanoTime();
        LlmException e = assertThrows(LlmException.class, () -> kit.client(kit.config(Provider.OPENAI, server,
                false), null).chat(REQ, TokenListener.NONE, t));
        assertEquals(LlmException.Kind.CANCELLED, e.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000);
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt used to cancel does not leak");
    }

    @Test
    void cancelDuringABackoffPauseDoesNotWaitItOut() {
        server.then(new StubLlmServer.Fail(429, "30", null));
        LlmConfig c = kit.config(Provider.OPENAI, server, false);
        LlmClient client = new LlmClient(kit.factory().create(c), c, null, Sleeper.REAL, LlmTestKit.CLOCK, s -> { });
        CancelToken t = new CancelToken();
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            t.cancel();
        }).start();
        long start = System.nanoTime();
        LlmException e = assertThrows(LlmException.class, () -> client.chat(REQ, TokenListener.NONE, t));
        assertEquals(LlmException.Kind.CANCELLED, e.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
        assertFalse(Thread.interrupted(), "no interrupt leaks to the caller");
    }

    @Test
    void missingKeyVariableIsAConfigError() {
        LlmConfig c = LlmConfig.defaults(Provider.ANTHROPIC).withApiKeyEnv("NOT_SET_ANYWHERE");
        LlmException e = assertThrows(LlmException.class, () -> kit.factory().create(c));
        assertEquals(LlmException.Kind.CONFIG, e.kind());
        assertTrue(e.getMessage().contains("NOT_SET_ANYWHERE"));
        assertFalse(c.describe().toString().contains(LlmTestKit.KEY));
    }

    @Test
    void recordingHoldsPromptAnswerAndNoKey() throws IOException {
        server.answer("answer one");
        Path rec = dir.resolve("llm.jsonl");
        kit.client(kit.config(Provider.OPENAI, server, false), rec)
                .chat(new LlmRequest("p", "sys", "user mentions " + LlmTestKit.KEY));
        List<Exchange> all = ExchangeLog.read(rec);
        assertEquals(1, all.size());
        Exchange e = all.get(0);
        assertEquals("openai", e.provider());
        assertEquals("stub-model", e.model());
        assertEquals("answer one", e.response());
        assertEquals("sys", e.system());
        assertEquals(11, e.tokensIn());
        assertKeyAbsent(rec);
    }

    private static void assertKeyAbsent(Path rec) {
        try {
            if (Files.exists(rec)) {
                assertFalse(Files.readString(rec).contains(LlmTestKit.KEY), "key leaked into " + rec);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

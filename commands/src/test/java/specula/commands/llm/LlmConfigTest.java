package specula.commands.llm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmConfigTest {

    @Test
    void settingsOverrideProviderDefaults() {
        LlmConfig c = LlmConfig.fromMap(Map.of("llm.provider", "anthropic", "llm.model", "claude-x",
                "llm.timeout", "500ms", "llm.retries", "1", "llm.temperature", "0.2", "maxTokens", "1000"));
        assertEquals(Provider.ANTHROPIC, c.provider());
        assertEquals("ANTHROPIC_API_KEY", c.apiKeyEnv());
        assertEquals(Duration.ofMillis(500), c.timeout());
        assertEquals(1, c.retries());
        assertEquals(1000, c.maxTokens());
        assertEquals(Duration.ofMinutes(2), LlmConfig.fromMap(Map.of("timeout", "2m")).timeout());
        assertEquals(Duration.ofSeconds(90), LlmConfig.fromMap(Map.of("timeout", "90")).timeout());
    }

    @Test
    void badSettingsNameTheKey() {
        LlmException e = assertThrows(LlmException.class, () -> LlmConfig.fromMap(Map.of("llm.modle", "x")));
        assertTrue(e.getMessage().contains("llm.modle"));
        e = assertThrows(LlmException.class, () -> LlmConfig.fromMap(Map.of("retries", "many")));
        assertTrue(e.getMessage().contains("llm.retries"), e.getMessage());
        e = assertThrows(LlmException.class, () -> LlmConfig.fromMap(Map.of("retries", "50")));
        assertTrue(e.getMessage().contains("0..10"), e.getMessage());
        e = assertThrows(LlmException.class, () -> LlmConfig.fromMap(Map.of("provider", "openia")));
        assertTrue(e.getMessage().contains("openia"));
    }

    @Test
    void everyProviderBuildsItsClient() {
        ModelFactory f = new ModelFactory(Map.of("K", "secret-value-123")::get);
        for (Provider p : new Provider[] {Provider.OPENAI, Provider.ANTHROPIC, Provider.GEMINI, Provider.OLLAMA}) {
            ChatBackend b = f.create(LlmConfig.defaults(p).withApiKeyEnv("K").withModel("m-" + p.id()));
            assertEquals(p.id(), b.provider());
            assertEquals("m-" + p.id(), b.model());
        }
        LlmException e = assertThrows(LlmException.class, () -> f.create(LlmConfig.defaults(Provider.REPLAY)));
        assertTrue(e.getMessage().contains("llm.replayFile"));
    }

    @Test
    void describeNamesTheKeyVariableOnly() {
        Map<String, String> d = LlmConfig.defaults(Provider.OPENAI).describe();
        assertEquals("OPENAI_API_KEY", d.get("apiKeyEnv"));
        assertFalse(d.containsValue(LlmTestKit.KEY));
    }

    @Test
    void connectionTestReportsSuccessAndFailureWithoutRecording() throws IOException {
        try (StubLlmServer server = new StubLlmServer()) {
            server.answer("pong");
            LlmTestKit kit = new LlmTestKit();
            LlmServices services = new LlmServices(Map.of("STUB_KEY", LlmTestKit.KEY)::get);
            LlmServices.ConnectionReport ok = services.testConnection(kit.config(Provider.OPENAI, server, false));
            assertTrue(ok.ok());
            assertEquals("pong", ok.answer());
            server.then(new StubLlmServer.Fail(401, null, null));
            LlmServices.ConnectionReport bad = services.testConnection(kit.config(Provider.OPENAI, server, false));
            assertFalse(bad.ok());
            assertTrue(bad.error().startsWith("AUTH"), bad.error());
            assertFalse(bad.error().contains(LlmTestKit.KEY));
        }
    }

    @Test
    void sessionClientRecordsIntoTheSessionFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        try (StubLlmServer server = new StubLlmServer()) {
            server.answer("hi");
            LlmTestKit kit = new LlmTestKit();
            LlmClient c = new LlmServices(Map.of("STUB_KEY", LlmTestKit.KEY)::get)
                    .client(kit.config(Provider.ANTHROPIC, server, false), dir, s -> { });
            c.chat(new LlmRequest("p", "s", "u"));
            assertEquals(1, ExchangeLog.read(dir.resolve(LlmServices.RECORDING)).size());
        }
    }
}

package specula.commands.llm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds real provider clients pointed at a {@link StubLlmServer}, with a fake key and recorded pauses. */
public final class LlmTestKit {
    public static final String KEY = "sk-test-SUPERSECRET-0123456789";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    public final List<Duration> pauses = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();

    public LlmConfig config(Provider provider, StubLlmServer server, boolean stream) {
        String base = provider == Provider.ANTHROPIC ? server.anthropicBaseUrl() : server.openAiBaseUrl();
        return LlmConfig.defaults(provider).withModel("stub-model").withBaseUrl(base).withApiKeyEnv("STUB_KEY")
                .withTimeout(Duration.ofSeconds(5)).withRetries(2).withStream(stream);
    }

    public ModelFactory factory() {
        return new ModelFactory(Map.of("STUB_KEY", KEY)::get);
    }

    public LlmClient client(LlmConfig config, Path recording) {
        ModelFactory f = factory();
        ExchangeLog log = recording == null ? null : new ExchangeLog(recording, f.redactor(config));
        return new LlmClient(f.create(config), config, log, pauses::add, CLOCK, notices::add);
    }
}

package specula.commands.llm;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Wiring for the shell: a recording client for a session, and the connection test behind the {@code llm}
 * command. The connection test is not recorded, so it never ends up in a replay.
 */
public final class LlmServices {
    public static final String RECORDING = "llm.jsonl";

    private final Function<String, String> environment;
    private final ModelFactory factory;

    public LlmServices(Function<String, String> environment) {
        this.environment = environment;
        this.factory = new ModelFactory(environment);
    }

    /** @param sessionDir where {@code llm.jsonl} is appended; {@code null} records nothing */
    public LlmClient client(LlmConfig config, Path sessionDir, Consumer<String> notices) {
        ModelFactory factory = new ModelFactory(environment, notices);
        ExchangeLog log = sessionDir == null ? null
                : new ExchangeLog(sessionDir.resolve(RECORDING), factory.redactor(config));
        return new LlmClient(factory.create(config), config, log, Sleeper.REAL, Clock.systemUTC(), notices);
    }

    /** Outcome of {@link #testConnection}: what answered, how fast, or why it failed. */
    public record ConnectionReport(String model, boolean ok, Duration latency, String answer, String error) {
    }

    public ConnectionReport testConnection(LlmConfig config) {
        long start = System.nanoTime();
        String model = config.provider().id() + "/" + config.model();
        try {
            LlmClient c = new LlmClient(factory.create(config), config.withRetries(0), null, Sleeper.REAL,
                    Clock.systemUTC(), s -> { });
            LlmReply r = c.chat(new LlmRequest("llm.ping", "Answer with one word.", "Say: pong"));
            String a = r.text().strip();
            return new ConnectionReport(model, true, r.latency(), a.length() > 40 ? a.substring(0, 40) + "…" : a,
                    null);
        } catch (LlmException e) {
            return new ConnectionReport(model, false, Duration.ofNanos(System.nanoTime() - start), null,
                    e.kind() + ": " + e.getMessage());
        }
    }
}

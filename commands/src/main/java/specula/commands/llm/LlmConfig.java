package specula.commands.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Model settings. The key itself is never part of the configuration: only the name of the environment variable
 * that holds it, so printing or saving a config cannot leak it.
 *
 * @param replayFile the recorded {@code llm.jsonl} the replay provider answers from (ignored by other providers)
 */
public record LlmConfig(Provider provider, String model, String baseUrl, String apiKeyEnv, double temperature,
                        int maxTokens, Duration timeout, int retries, boolean stream, Path replayFile) {

    public LlmConfig {
        if (provider == null) {
            throw new LlmException(LlmException.Kind.CONFIG, "llm.provider is not set");
        }
        if (maxTokens <= 0) {
            throw new LlmException(LlmException.Kind.CONFIG, "llm.maxTokens must be positive, got " + maxTokens);
        }
        if (retries < 0 || retries > 10) {
            throw new LlmException(LlmException.Kind.CONFIG, "llm.retries must be within 0..10, got " + retries);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new LlmException(LlmException.Kind.CONFIG, "llm.timeout must be positive");
        }
        if (temperature < 0 || temperature > 2) {
            throw new LlmException(LlmException.Kind.CONFIG, "llm.temperature must be within 0..2, got " + temperature);
        }
    }

    /** Sensible defaults per provider: the model name and key variable most users have. */
    public static LlmConfig defaults(Provider provider) {
        return switch (provider) {
            case OPENAI -> new LlmConfig(provider, "gpt-4o-mini", null, "OPENAI_API_KEY", 0.0, 8192,
                    Duration.ofSeconds(120), 3, true, null);
            case ANTHROPIC -> new LlmConfig(provider, "claude-sonnet-4-5", null, "ANTHROPIC_API_KEY", 0.0, 8192,
                    Duration.ofSeconds(120), 3, true, null);
            case GEMINI -> new LlmConfig(provider, "gemini-2.5-flash", null, "GEMINI_API_KEY", 0.0, 8192,
                    Duration.ofSeconds(120), 3, true, null);
            case OLLAMA -> new LlmConfig(provider, "llama3.1", "http://localhost:11434", null, 0.0, 8192,
                    Duration.ofSeconds(300), 1, true, null);
            case REPLAY -> new LlmConfig(provider, "replay", null, null, 0.0, 8192, Duration.ofSeconds(1), 0, true,
                    null);
        };
    }

    public LlmConfig withModel(String value) {
        return new LlmConfig(provider, value, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, retries, stream,
                replayFile);
    }

    public LlmConfig withBaseUrl(String value) {
        return new LlmConfig(provider, model, value, apiKeyEnv, temperature, maxTokens, timeout, retries, stream,
                replayFile);
    }

    public LlmConfig withApiKeyEnv(String value) {
        return new LlmConfig(provider, model, baseUrl, value, temperature, maxTokens, timeout, retries, stream,
                replayFile);
    }

    public LlmConfig withTemperature(double value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, value, maxTokens, timeout, retries, stream,
                replayFile);
    }

    public LlmConfig withMaxTokens(int value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, temperature, value, timeout, retries, stream,
                replayFile);
    }

    public LlmConfig withTimeout(Duration value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, value, retries, stream,
                replayFile);
    }

    public LlmConfig withRetries(int value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, value, stream,
                replayFile);
    }

    public LlmConfig withStream(boolean value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, retries, value,
                replayFile);
    }

    public LlmConfig withReplayFile(Path value) {
        return new LlmConfig(provider, model, baseUrl, apiKeyEnv, temperature, maxTokens, timeout, retries, stream,
                value);
    }

    /** The configuration keys the session understands (without the {@code llm.} prefix). */
    public static final java.util.List<String> KEYS = java.util.List.of("provider", "model", "baseUrl", "apiKeyEnv",
            "temperature", "maxTokens", "timeout", "retries", "stream", "replayFile");

    /**
     * Reads {@code llm.*} settings (prefix optional) over the provider's defaults. {@code timeout} is in seconds
     * ({@code 90}) or has a unit ({@code 500ms}, {@code 2m}). An unknown key or a bad value names the key.
     */
    public static LlmConfig fromMap(Map<String, String> settings) {
        Map<String, String> m = new LinkedHashMap<>();
        settings.forEach((k, v) -> m.put(k.startsWith("llm.") ? k.substring(4) : k, v));
        for (String k : m.keySet()) {
            if (!KEYS.contains(k)) {
                throw new LlmException(LlmException.Kind.CONFIG, "unknown setting llm." + k + " (known: llm."
                        + String.join(", llm.", KEYS) + ")");
            }
        }
        LlmConfig c = defaults(Provider.parse(m.getOrDefault("provider", "openai")));
        try {
            if (m.containsKey("model")) {
                c = c.withModel(m.get("model"));
            }
            if (m.containsKey("baseUrl")) {
                c = c.withBaseUrl(blankToNull(m.get("baseUrl")));
            }
            if (m.containsKey("apiKeyEnv")) {
                c = c.withApiKeyEnv(blankToNull(m.get("apiKeyEnv")));
            }
            if (m.containsKey("temperature")) {
                c = c.withTemperature(number(m, "temperature"));
            }
            if (m.containsKey("maxTokens")) {
                c = c.withMaxTokens((int) number(m, "maxTokens"));
            }
            if (m.containsKey("timeout")) {
                c = c.withTimeout(duration(m.get("timeout")));
            }
            if (m.containsKey("retries")) {
                c = c.withRetries((int) number(m, "retries"));
            }
            if (m.containsKey("stream")) {
                c = c.withStream(Boolean.parseBoolean(m.get("stream").strip()));
            }
            if (m.containsKey("replayFile")) {
                c = c.withReplayFile(blankToNull(m.get("replayFile")) == null ? null : Path.of(m.get("replayFile")));
            }
        } catch (NumberFormatException e) {
            throw new LlmException(LlmException.Kind.CONFIG, "bad llm setting: " + e.getMessage());
        }
        return c;
    }

    private static double number(Map<String, String> m, String key) {
        try {
            return Double.parseDouble(m.get(key).strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("llm." + key + " must be a number, got '" + m.get(key) + "'");
        }
    }

    private static Duration duration(String v) {
        String t = v.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).strip()));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).strip()));
            }
            if (t.endsWith("s")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("llm.timeout must be like 90, 90s, 500ms or 2m, got '" + v + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Display form for {@code llm} and {@code config}: names the key variable, never its value. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("provider", provider.id());
        m.put("model", model);
        m.put("baseUrl", baseUrl == null ? "(provider default)" : baseUrl);
        m.put("apiKeyEnv", apiKeyEnv == null ? "(none)" : apiKeyEnv);
        m.put("temperature", String.valueOf(temperature));
        m.put("maxTokens", String.valueOf(maxTokens));
        m.put("timeout", timeout.toMillis() + "ms");
        m.put("retries", String.valueOf(retries));
        m.put("stream", String.valueOf(stream));
        if (provider == Provider.REPLAY) {
            m.put("replayFile", replayFile == null ? "(not set)" : replayFile.toString());
        }
        return m;
    }
}

package specula.commands.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmException;
import specula.commands.llm.LlmServices;

/**
 * The shell's {@code llm.*} keys ({@code llm.base-url}, {@code llm.api-key-env}, {@code llm.max-tokens},
 * {@code llm.replay-from}, ...) turned into an {@link LlmConfig}. {@code llm.replay-from} names a recorded
 * {@code llm.jsonl}, a folder holding one, or a saved session.
 */
public final class LlmSettings {
    /** Shell key (after {@code llm.}) to the core's key. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("provider", "provider"), Map.entry("model", "model"), Map.entry("base-url", "baseUrl"),
            Map.entry("api-key-env", "apiKeyEnv"), Map.entry("temperature", "temperature"),
            Map.entry("max-tokens", "maxTokens"), Map.entry("timeout", "timeout"), Map.entry("retries", "retries"),
            Map.entry("stream", "stream"), Map.entry("replay-from", "replayFile"));

    private LlmSettings() {
    }

    /** Shell keys the {@code llm set} command accepts (without the prefix). */
    public static java.util.Set<String> keys() {
        return new java.util.TreeSet<>(KEYS.keySet());
    }

    /**
     * @param settings  {@code llm.*} values (the prefix optional), later layers already applied
     * @param workDir   where relative replay paths are resolved
     * @param sessions  the session store root, for {@code llm.replay-from NAME}
     */
    public static LlmConfig toConfig(Map<String, String> settings, Path workDir, Path sessions) {
        Map<String, String> core = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (v == null || v.isBlank()) return; // unset: the provider's default
            String key = k.startsWith("llm.") ? k.substring(4) : k;
            String mapped = KEYS.get(key.toLowerCase(Locale.ROOT));
            if (mapped == null && KEYS.containsValue(key)) mapped = key;
            if (mapped == null && key.equals("api-key")) {
                throw new LlmException(LlmException.Kind.CONFIG, "llm.api-key is never read from configuration: put "
                        + "the key in an environment variable and name that variable in llm.api-key-env");
            }
            if (mapped == null) {
                throw new LlmException(LlmException.Kind.CONFIG, "unknown setting llm." + key + " (known: llm."
                        + String.join(", llm.", keys()) + ")");
            }
            if (mapped.equals("replayFile") && v != null && !v.isBlank()) v = replayFile(v.strip(), workDir, sessions)
                    .toString();
            core.put(mapped, v);
        });
        return LlmConfig.fromMap(core);
    }

    /** A recording file, a folder with {@code llm.jsonl}, or a saved session's recording. */
    static Path replayFile(String value, Path workDir, Path sessions) {
        Path p = workDir.resolve(value);
        if (Files.isRegularFile(p)) return p;
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(LlmServices.RECORDING))) {
            return p.resolve(LlmServices.RECORDING);
        }
        Path session = sessions.resolve(value).resolve(LlmServices.RECORDING);
        if (Files.isRegularFile(session)) return session;
        throw new LlmException(LlmException.Kind.CONFIG, "llm.replay-from: '" + value + "' is neither a recorded "
                + "llm.jsonl, a folder holding one, nor a saved session with one (in " + sessions + ")");
    }
}

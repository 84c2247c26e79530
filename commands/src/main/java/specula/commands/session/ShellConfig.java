package specula.commands.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Effective configuration: built-in defaults, then {@code ~/.config/specula-shell/config.yaml}, then
 * {@code ./specula-shell.yaml}, then {@code SPECULA_*} environment variables, each layer overriding the previous.
 * Keys are flattened with dots ({@code llm.api-key}); each value remembers which layer set it.
 */
public final class ShellConfig {
    public static final String ENV_PREFIX = "SPECULA_";

    /** A value and the layer it came from. */
    public record Entry(String value, String source) {
    }

    private final Map<String, Entry> entries;

    private ShellConfig(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("session.store", "sessions");
        d.put("shell.history-file", ".specula/shell-history");
        d.put("shell.color", "auto");
        d.put("shell.editor", "");
        d.put("shell.prompt", "specula");
        // Model settings: blank means the provider's default. Listing them lets SPECULA_LLM_API_KEY_ENV find
        // llm.api-key-env (an unknown variable name would become llm.api.key.env).
        for (String k : new String[]{"provider", "model", "base-url", "api-key-env", "temperature", "max-tokens",
                "timeout", "retries", "replay-from"}) {
            d.put("llm." + k, "");
        }
        return d;
    }

    /** The standard layers for a process: user home and working directory. */
    public static ShellConfig load(Path home, Path workDir, Map<String, String> env) {
        return builder()
                .layer("default", defaults())
                .file(home.resolve(".config/specula-shell/config.yaml"))
                .file(workDir.resolve("specula-shell.yaml"))
                .env(env)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        public Builder layer(String source, Map<String, String> values) {
            values.forEach((k, v) -> entries.put(k, new Entry(v, source)));
            return this;
        }

        /** A YAML file layer; a missing file is no layer, a malformed one is an error naming the file. */
        public Builder file(Path file) {
            String text;
            try {
                text = Files.readString(file);
            } catch (NoSuchFileException e) {
                return this;
            } catch (IOException e) {
                throw new SessionException(file + ": cannot read: " + e.getMessage());
            }
            Object doc;
            try {
                doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            } catch (RuntimeException e) {
                throw YamlErrors.of(file, "invalid YAML", e);
            }
            if (doc == null) return this;
            if (!(doc instanceof Map<?, ?> map)) throw new SessionException(file + ": expected a YAML mapping");
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", map, flat);
            return layer(file.toString(), flat);
        }

        /**
         * {@code SPECULA_SESSION_STORE} sets {@code session.store}: the variable matches a known key when both
         * agree ignoring case, dots, dashes and underscores; otherwise underscores become dots.
         */
        public Builder env(Map<String, String> env) {
            for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
                if (!e.getKey().startsWith(ENV_PREFIX) || e.getKey().length() == ENV_PREFIX.length()) continue;
                String raw = e.getKey().substring(ENV_PREFIX.length());
                String key = entries.keySet().stream().filter(k -> normal(k).equals(normal(raw))).findFirst()
                        .orElse(raw.toLowerCase(Locale.ROOT).replace('_', '.'));
                entries.put(key, new Entry(e.getValue(), "env " + e.getKey()));
            }
            return this;
        }

        public ShellConfig build() {
            return new ShellConfig(entries);
        }

        private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = prefix + e.getKey();
                if (e.getValue() instanceof Map<?, ?> sub) flatten(key + ".", sub, out);
                else out.put(key, e.getValue() == null ? "" : String.valueOf(e.getValue()));
            }
        }

        private static String normal(String key) {
            return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
    }

    public Optional<String> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public String get(String key, String fallback) {
        return get(key).filter(v -> !v.isBlank()).orElse(fallback);
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** Entries as {@code config} shows them: secret-looking keys masked. */
    public Map<String, Entry> masked() {
        Map<String, Entry> out = new TreeMap<>();
        entries.forEach((k, e) -> out.put(k, Secrets.isSecretKey(k) ? new Entry(Secrets.mask(e.value()), e.source())
                : e));
        return out;
    }
}

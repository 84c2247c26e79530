package specula.commands.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import specula.commands.fix.KnowledgeBase;
import specula.commands.fix.KnowledgeLoader;
import specula.commands.fix.MiniLmEmbedder;
import specula.commands.llm.ChatBackend;
import specula.commands.llm.ExchangeLog;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmServices;
import specula.commands.llm.ModelFactory;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.Sleeper;
import specula.commands.session.ShellConfig;

/**
 * The LLM side of one shell process: the effective model settings (configuration plus {@code llm set}
 * overrides), one backend per settings, kept across commands so a replay walks its recording in order, and the
 * prompt library and knowledge base under {@code templates/}. Each command gets a client that records into the
 * session folder it runs in, since saving moves that folder.
 */
public final class LlmContext {
    private final ShellConfig config;
    private final Path root;
    private final Path workDir;
    private final Path sessions;
    private final Function<String, String> environment;
    private final Map<String, String> overrides = new TreeMap<>();
    private LlmConfig backendConfig;
    private ChatBackend backend;
    private final java.util.function.Supplier<specula.commands.fix.Embedder> embedder;
    private KnowledgeBase knowledge;

    /**
     * @param root        the repository root, for {@code templates/}
     * @param workDir     where relative paths in settings are resolved
     * @param sessions    the session store root ({@code llm.replay-from NAME})
     * @param environment environment lookup (the API key is read through it, and only by the model factory)
     */
    public LlmContext(ShellConfig config, Path root, Path workDir, Path sessions, Function<String, String> environment) {
        this(config, root, workDir, sessions, environment, MiniLmEmbedder::new);
    }

    /** @param embedder the similarity model of the knowledge base; supplying {@code null} keeps patterns only */
    public LlmContext(ShellConfig config, Path root, Path workDir, Path sessions, Function<String, String> environment,
                      java.util.function.Supplier<specula.commands.fix.Embedder> embedder) {
        this.embedder = embedder;
        this.config = config;
        this.root = root;
        this.workDir = workDir;
        this.sessions = sessions;
        this.environment = environment;
    }

    /** The {@code llm.*} settings in effect, each with its source. */
    public Map<String, ShellConfig.Entry> settings() {
        Map<String, ShellConfig.Entry> m = new TreeMap<>();
        config.entries().forEach((k, e) -> {
            if (k.startsWith("llm.")) m.put(k, e);
        });
        overrides.forEach((k, v) -> m.put("llm." + k, new ShellConfig.Entry(v, "llm set")));
        return m;
    }

    /** Overrides a setting for the rest of this process ({@code llm set KEY VALUE}); checked at once. */
    public LlmConfig set(String key, String value) {
        String k = key.startsWith("llm.") ? key.substring(4) : key;
        String previous = overrides.put(k, value);
        try {
            return config();
        } catch (RuntimeException e) {
            if (previous == null) overrides.remove(k);
            else overrides.put(k, previous);
            throw e;
        }
    }

    public LlmConfig config() {
        Map<String, String> flat = new LinkedHashMap<>();
        settings().forEach((k, e) -> flat.put(k, e.value()));
        return LlmSettings.toConfig(flat, workDir, sessions);
    }

    /**
     * A client whose exchanges go to {@code sessionDir/llm.jsonl} ({@code null}: not recorded).
     *
     * @param notices retry and replay remarks for the terminal
     */
    public synchronized LlmClient client(Path sessionDir, Consumer<String> notices) {
        LlmConfig c = config();
        ModelFactory factory = new ModelFactory(environment, notices);
        ExchangeLog log = sessionDir == null ? null
                : new ExchangeLog(sessionDir.resolve(LlmServices.RECORDING), factory.redactor(c));
        return new LlmClient(new Deferred(c, factory), c, log, Sleeper.REAL, Clock.systemUTC(), notices);
    }

    /** The backend for {@code c}, built once per settings (a replay keeps its place between commands). */
    private synchronized ChatBackend backend(LlmConfig c, ModelFactory factory) {
        if (backend == null || !c.equals(backendConfig)) {
            backend = factory.create(c);
            backendConfig = c;
        }
        return backend;
    }

    /**
     * Builds the backend on the first call, so a step that needs no model (fixing a clean module) works without
     * a key, and a missing key is reported by the call that needs it.
     */
    private final class Deferred implements ChatBackend {
        private final LlmConfig config;
        private final ModelFactory factory;

        Deferred(LlmConfig config, ModelFactory factory) {
            this.config = config;
            this.factory = factory;
        }

        @Override
        public specula.commands.llm.LlmReply call(specula.commands.llm.LlmRequest request,
                                                   specula.commands.llm.TokenListener listener,
                                                   specula.commands.llm.CancelToken cancel) {
            return backend(config, factory).call(request, listener, cancel);
        }

        /** What answered, once something did (a replay names the recorded model). */
        private ChatBackend built() {
            synchronized (LlmContext.this) {
                return backend != null && config.equals(backendConfig) ? backend : null;
            }
        }

        @Override
        public String provider() {
            ChatBackend b = built();
            return b != null ? b.provider() : config.provider().id();
        }

        @Override
        public String model() {
            ChatBackend b = built();
            return b != null ? b.model() : config.model();
        }
    }

    public LlmServices.ConnectionReport testConnection() {
        return new LlmServices(environment).testConnection(config());
    }

    /** Whether the configured key variable is set (never its value). */
    public boolean keyPresent() {
        LlmConfig c = config();
        if (c.apiKeyEnv() == null) return false;
        String v = environment.apply(c.apiKeyEnv());
        return v != null && !v.isBlank();
    }

    public PromptLibrary prompts() {
        return new PromptLibrary(root.resolve("templates/prompts"));
    }

    /** Whether {@link #knowledge} is ready (the first use loads the embedding model and embeds every entry). */
    public synchronized boolean knowledgeLoaded() {
        return knowledge != null;
    }

    /** Loaded on first use: the embedding model takes a second or two to start. */
    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = new KnowledgeBase(new KnowledgeLoader().load(root.resolve("templates/knowledge")),
                    embedder.get());
        }
        return knowledge;
    }
}

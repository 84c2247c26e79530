package specula.commands.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.net.http.HttpClient;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the langchain4j chat models for a configuration. The key is read from the environment here, handed to
 * the model builder and to the {@link Redactor}, and stored nowhere else. langchain4j's own retries are switched
 * off: {@link LlmClient} retries, so the bound and the backoff are ours and visible.
 */
public final class ModelFactory {
    private final Function<String, String> environment;
    private final java.util.function.Consumer<String> notices;

    /** @param environment looks up environment variables ({@code System::getenv} in the shell) */
    public ModelFactory(Function<String, String> environment) {
        this(environment, s -> { });
    }

    /** @param notices receives remarks such as an ordered replay answering a changed prompt */
    public ModelFactory(Function<String, String> environment, java.util.function.Consumer<String> notices) {
        this.environment = environment;
        this.notices = notices;
    }

    /** The redactor that knows the configured key, for anything that records or prints. */
    public Redactor redactor(LlmConfig config) {
        return new Redactor(List.of(nullToEmpty(lookupKey(config))));
    }

    public ChatBackend create(LlmConfig config) {
        if (config.provider() == Provider.REPLAY) {
            if (config.replayFile() == null) {
                throw new LlmException(LlmException.Kind.CONFIG,
                        "the replay provider needs llm.replayFile (a recorded llm.jsonl)");
            }
            return ReplayModel.open(config.replayFile(), !"replay-ordered".equals(config.model()), notices);
        }
        String key = requireKey(config);
        RetryAfterCapture capture = new RetryAfterCapture();
        Redactor redactor = new Redactor(List.of(nullToEmpty(key)));
        return switch (config.provider()) {
            case OPENAI -> new LangChainBackend(config, openAi(config, key, capture),
                    openAiStreaming(config, key, capture), capture, redactor);
            case ANTHROPIC -> new LangChainBackend(config, anthropic(config, key, capture),
                    anthropicStreaming(config, key, capture), capture, redactor);
            case GEMINI -> new LangChainBackend(config, gemini(config, key, capture),
                    geminiStreaming(config, key, capture), capture, redactor);
            case OLLAMA -> new LangChainBackend(config, ollama(config, capture), ollamaStreaming(config, capture),
                    capture, redactor);
            case REPLAY -> throw new IllegalStateException("handled above");
        };
    }

    private String lookupKey(LlmConfig config) {
        if (config.apiKeyEnv() == null || config.apiKeyEnv().isBlank()) {
            return null;
        }
        return environment.apply(config.apiKeyEnv());
    }

    private String requireKey(LlmConfig config) {
        String key = lookupKey(config);
        boolean needsKey = config.provider() == Provider.ANTHROPIC || config.provider() == Provider.GEMINI
                || (config.provider() == Provider.OPENAI && config.baseUrl() == null);
        if ((key == null || key.isBlank()) && needsKey) {
            throw new LlmException(LlmException.Kind.CONFIG, config.apiKeyEnv() == null
                    ? "llm.apiKeyEnv is not set: name the environment variable that holds the "
                    + config.provider().id() + " key"
                    : "environment variable " + config.apiKeyEnv() + " is not set (it should hold the "
                    + config.provider().id() + " API key)");
        }
        // OpenAI-compatible local servers usually accept any key
        return key == null || key.isBlank() ? "no-key" : key;
    }

    private static HttpClientBuilder http(RetryAfterCapture capture) {
        return JdkHttpClient.builder()
                .httpClientBuilder(capture.wrap(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)));
    }

    private static ChatModel openAi(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = OpenAiChatModel.builder().httpClientBuilder(http(cap)).apiKey(key).modelName(c.model())
                .temperature(c.temperature()).maxTokens(c.maxTokens()).timeout(c.timeout()).maxRetries(0);
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static StreamingChatModel openAiStreaming(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = OpenAiStreamingChatModel.builder().httpClientBuilder(http(cap)).apiKey(key).modelName(c.model())
                .temperature(c.temperature()).maxTokens(c.maxTokens()).timeout(c.timeout());
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static ChatModel anthropic(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = AnthropicChatModel.builder().httpClientBuilder(http(cap)).apiKey(key).modelName(c.model())
                .temperature(c.temperature()).maxTokens(c.maxTokens()).timeout(c.timeout()).maxRetries(0);
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static StreamingChatModel anthropicStreaming(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = AnthropicStreamingChatModel.builder().httpClientBuilder(http(cap)).apiKey(key).modelName(c.model())
                .temperature(c.temperature()).maxTokens(c.maxTokens()).timeout(c.timeout());
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static ChatModel gemini(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = GoogleAiGeminiChatModel.builder().httpClientBuilder(http(cap)).apiKey(key).modelName(c.model())
                .temperature(c.temperature()).maxOutputTokens(c.maxTokens()).timeout(c.timeout()).maxRetries(0);
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static StreamingChatModel geminiStreaming(LlmConfig c, String key, RetryAfterCapture cap) {
        var b = GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http(cap)).apiKey(key)
                .modelName(c.model()).temperature(c.temperature()).maxOutputTokens(c.maxTokens())
                .timeout(c.timeout());
        if (c.baseUrl() != null) {
            b.baseUrl(c.baseUrl());
        }
        return b.build();
    }

    private static ChatModel ollama(LlmConfig c, RetryAfterCapture cap) {
        return OllamaChatModel.builder().httpClientBuilder(http(cap))
                .baseUrl(c.baseUrl() == null ? "http://localhost:11434" : c.baseUrl()).modelName(c.model())
                .temperature(c.temperature()).numPredict(c.maxTokens()).timeout(c.timeout()).maxRetries(0).build();
    }

    private static StreamingChatModel ollamaStreaming(LlmConfig c, RetryAfterCapture cap) {
        return OllamaStreamingChatModel.builder().httpClientBuilder(http(cap))
                .baseUrl(c.baseUrl() == null ? "http://localhost:11434" : c.baseUrl()).modelName(c.model())
                .temperature(c.temperature()).numPredict(c.maxTokens()).timeout(c.timeout()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

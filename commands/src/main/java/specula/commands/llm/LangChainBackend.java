package specula.commands.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A provider reached through langchain4j's own HTTP clients; one call, no retries (langchain4j's are off). */
final class LangChainBackend implements ChatBackend {
    private final LlmConfig config;
    private final ChatModel sync;
    private final StreamingChatModel streaming;
    private final RetryAfterCapture capture;
    private final FaultClassifier classifier;

    LangChainBackend(LlmConfig config, ChatModel sync, StreamingChatModel streaming, RetryAfterCapture capture,
                     Redactor redactor) {
        this.config = config;
        this.sync = sync;
        this.streaming = streaming;
        this.capture = capture;
        String where = config.provider().id() + (config.baseUrl() == null ? "" : " at " + config.baseUrl());
        this.classifier = new FaultClassifier(redactor, where);
    }

    @Override
    public String provider() {
        return config.provider().id();
    }

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public LlmReply call(LlmRequest request, TokenListener listener, CancelToken cancel) {
        cancel.throwIfCancelled();
        capture.clear();
        List<ChatMessage> messages = new ArrayList<>();
        if (!request.system().isBlank()) {
            messages.add(SystemMessage.from(request.system()));
        }
        messages.add(UserMessage.from(request.user()));
        ChatRequest chat = ChatRequest.builder().messages(messages).build();
        long start = System.nanoTime();
        ChatResponse response = config.stream() && streaming != null
                ? streamed(chat, listener, cancel)
                : blocking(chat, cancel);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        TokenUsage usage = response.tokenUsage();
        String text = response.aiMessage() == null || response.aiMessage().text() == null
                ? "" : response.aiMessage().text();
        String finish = response.finishReason() == null ? "unknown"
                : response.finishReason().name().toLowerCase(Locale.ROOT);
        return new LlmReply(text, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), finish, latency, 1);
    }

    private ChatResponse blocking(ChatRequest chat, CancelToken cancel) {
        Thread caller = Thread.currentThread();
        Runnable unregister = cancel.onCancel(caller::interrupt);
        try {
            return sync.chat(chat);
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new LlmException(LlmException.Kind.CANCELLED, "cancelled by the user; nothing was changed");
            }
            throw classifier.classify(e, capture.take().orElse(null));
        } finally {
            unregister.run();
            if (cancel.isCancelled()) {
                Thread.interrupted(); // the interrupt was ours: do not leak it to the caller
            }
        }
    }

    private ChatResponse streamed(ChatRequest chat, TokenListener listener, CancelToken cancel) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        Runnable unregister = cancel.onCancel(() -> done.completeExceptionally(new CancellationException()));
        try {
            streaming.chat(chat, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (cancel.isCancelled()) {
                        context.streamingHandle().cancel();
                        return;
                    }
                    listener.onToken(partial.text());
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            // the read timeout bounds each wait for data; this bounds a stream that trickles forever
            return done.get(config.timeout().toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw classifier.classify(e.getCause(), capture.take().orElse(null));
        } catch (CancellationException e) {
            throw new LlmException(LlmException.Kind.CANCELLED, "cancelled by the user; nothing was changed");
        } catch (TimeoutException e) {
            throw new LlmException(LlmException.Kind.TIMEOUT, provider() + " stream did not finish in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmException.Kind.CANCELLED, "interrupted; nothing was changed");
        } catch (RuntimeException e) {
            throw classifier.classify(e, capture.take().orElse(null));
        } finally {
            unregister.run();
        }
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }
}

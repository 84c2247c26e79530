package specula.commands.llm;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one entry point for model calls: bounded retries with exponential backoff (honouring a server's
 * {@code retry-after}), truncation detection, cancellation, and a recording of every exchange, failed ones
 * included, in the session's {@code llm.jsonl}.
 */
public final class LlmClient {
    static final Duration BASE_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

    private final ChatBackend backend;
    private final LlmConfig config;
    private final ExchangeLog log;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Consumer<String> notices;

    /**
     * @param log     where exchanges are recorded; {@code null} records nothing
     * @param notices short progress lines ("retrying in 2 s after HTTP 429") for the terminal
     */
    public LlmClient(ChatBackend backend, LlmConfig config, ExchangeLog log, Sleeper sleeper, Clock clock,
                     Consumer<String> notices) {
        this.backend = backend;
        this.config = config;
        this.log = log;
        this.sleeper = sleeper;
        this.clock = clock;
        this.notices = notices;
    }

    public LlmConfig config() {
        return config;
    }

    public String describeModel() {
        return backend.provider() + "/" + backend.model();
    }

    public LlmReply chat(LlmRequest request) {
        return chat(request, TokenListener.NONE, CancelToken.none());
    }

    public LlmReply chat(LlmRequest request, TokenListener listener, CancelToken cancel) {
        int tries = 0;
        long started = System.nanoTime();
        while (true) {
            tries++;
            try {
                cancel.throwIfCancelled();
                LlmReply reply = backend.call(request, listener, cancel);
                LlmReply counted = new LlmReply(reply.text(), reply.tokensIn(), reply.tokensOut(),
                        reply.finishReason(), reply.latency(), tries);
                record(request, counted, null);
                if ("length".equals(reply.finishReason())) {
                    throw new LlmException(LlmException.Kind.TRUNCATED, "the answer was cut off at the token limit ("
                            + config.maxTokens() + " tokens, " + reply.tokensOut()
                            + " produced); raise llm.maxTokens or shorten the input. Nothing was changed.");
                }
                return counted;
            } catch (LlmException e) {
                boolean fromBackend = e.kind() != LlmException.Kind.TRUNCATED;
                if (fromBackend) {
                    record(request, new LlmReply("", 0, 0, "error",
                            Duration.ofNanos(System.nanoTime() - started), tries), e);
                }
                if (!e.kind().retriable() || tries > config.retries()) {
                    if (e.kind().retriable()) {
                        throw new LlmException(e.kind(), e.getMessage() + " (gave up after " + tries + " tries)",
                                e.retryAfter().orElse(null));
                    }
                    throw e;
                }
                Duration pause = pause(tries, e.retryAfter());
                notices.accept(e.kind().name().toLowerCase().replace('_', ' ') + ": retrying in "
                        + pause.toMillis() + " ms (try " + (tries + 1) + " of " + (config.retries() + 1) + ")");
                Thread waiting = Thread.currentThread();
                Runnable unregister = cancel.onCancel(waiting::interrupt); // Ctrl-C must not wait out a backoff
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException ie) {
                    if (!cancel.isCancelled()) {
                        Thread.currentThread().interrupt();
                    }
                    throw new LlmException(LlmException.Kind.CANCELLED, "cancelled while waiting to retry; "
                            + "nothing was changed");
                } finally {
                    unregister.run();
                }
            }
        }
    }

    /** 1 s, 2 s, 4 s … capped; a server's retry-after wins when given (also capped, to stay interactive). */
    static Duration pause(int tries, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration d = retryAfter.get();
            return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
        }
        Duration d = BASE_BACKOFF.multipliedBy(1L << Math.min(tries - 1, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private void record(LlmRequest request, LlmReply reply, LlmException error) {
        if (log == null) {
            return;
        }
        log.append(new Exchange(log.nextSeq(), clock.instant().toString(), backend.provider(), backend.model(),
                request.purpose(), request.hash(), request.system(), request.user(), reply.text(), reply.tokensIn(),
                reply.tokensOut(), reply.latency().toMillis(), reply.finishReason(),
                error == null ? null : error.kind() + ": " + error.getMessage()));
    }
}

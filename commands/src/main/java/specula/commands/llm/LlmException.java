package specula.commands.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * Every failure of a model call, classified so callers can decide to retry, stop or report. Messages never carry
 * the API key: they are built from redacted text only.
 */
public final class LlmException extends RuntimeException {

    public enum Kind {
        AUTH(false), RATE_LIMIT(true), SERVER(true), TIMEOUT(true), CONNECTION(true), TRUNCATED(false),
        NO_TLA_BLOCK(false), WRONG_MODULE(false), CANCELLED(false), REPLAY_MISMATCH(false), CONFIG(false),
        OTHER(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        public boolean retriable() {
            return retriable;
        }
    }

    private final Kind kind;
    private final Duration retryAfter;

    public LlmException(Kind kind, String message) {
        this(kind, message, null);
    }

    public LlmException(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** Server-requested pause (429 retry-after), when the server sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public String toString() {
        return "LlmException[" + kind + "]: " + getMessage();
    }
}

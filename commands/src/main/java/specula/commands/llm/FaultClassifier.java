package specula.commands.llm;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/** Turns whatever langchain4j or the JDK threw into an {@link LlmException} with a kind and a redacted message. */
final class FaultClassifier {
    private final Redactor redactor;
    private final String where;

    FaultClassifier(Redactor redactor, String where) {
        this.redactor = redactor;
        this.where = where;
    }

    LlmException classify(Throwable t, Duration retryAfter) {
        if (t instanceof LlmException le) {
            return le;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException http) {
                return byStatus(http.statusCode(), http.getMessage(), retryAfter);
            }
            if (c instanceof AuthenticationException) {
                return byStatus(401, c.getMessage(), retryAfter);
            }
            if (c instanceof RateLimitException) {
                return byStatus(429, c.getMessage(), retryAfter);
            }
            if (c instanceof InternalServerException) {
                return byStatus(500, c.getMessage(), retryAfter);
            }
            if (c instanceof HttpConnectTimeoutException || c instanceof ConnectException
                    || c instanceof ClosedChannelException) {
                return new LlmException(LlmException.Kind.CONNECTION,
                        "cannot connect to " + where + " (" + clean(c.getMessage()) + "); is the server running?");
            }
            if (c instanceof HttpTimeoutException || c instanceof SocketTimeoutException
                    || c instanceof dev.langchain4j.exception.TimeoutException
                    || c instanceof java.util.concurrent.TimeoutException) {
                return new LlmException(LlmException.Kind.TIMEOUT, where + " did not answer in time");
            }
            if (c instanceof InterruptedException || c instanceof CancellationException) {
                return new LlmException(LlmException.Kind.CANCELLED, "cancelled; nothing was changed");
            }
        }
        return new LlmException(LlmException.Kind.OTHER,
                "call to " + where + " failed: " + t.getClass().getSimpleName() + ": " + clean(t.getMessage()));
    }

    private LlmException byStatus(int status, String body, Duration retryAfter) {
        String detail = clean(body);
        if (status == 401 || status == 403) {
            return new LlmException(LlmException.Kind.AUTH, where + " refused the API key (HTTP " + status
                    + "): check the key variable named by llm.apiKeyEnv. " + detail);
        }
        if (status == 429) {
            return new LlmException(LlmException.Kind.RATE_LIMIT, where + " is rate limiting (HTTP 429)"
                    + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms") + ". " + detail,
                    retryAfter);
        }
        if (status == 408) {
            return new LlmException(LlmException.Kind.TIMEOUT, where + " timed out (HTTP 408). " + detail);
        }
        if (status >= 500) {
            return new LlmException(LlmException.Kind.SERVER, where + " failed (HTTP " + status + "). " + detail,
                    retryAfter);
        }
        return new LlmException(LlmException.Kind.OTHER, where + " rejected the request (HTTP " + status + "). "
                + detail);
    }

    private String clean(String text) {
        if (text == null) {
            return "";
        }
        String r = redactor.apply(text).replaceAll("\\s+", " ").strip();
        return r.length() > 300 ? r.substring(0, 300) + "…" : r;
    }
}

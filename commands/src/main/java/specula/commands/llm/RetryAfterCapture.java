package specula.commands.llm;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * langchain4j turns an HTTP error into an exception carrying only status and body, so the {@code retry-after}
 * header of a 429 would be lost. This wraps the JDK client langchain4j uses and notes that header as responses
 * arrive; the transport itself stays langchain4j's.
 */
public final class RetryAfterCapture {
    private final AtomicReference<Duration> last = new AtomicReference<>();

    /** The pause the server asked for in the latest 429/503 response, if any; clears it. */
    public Optional<Duration> take() {
        return Optional.ofNullable(last.getAndSet(null));
    }

    public void clear() {
        last.set(null);
    }

    /** A JDK client builder whose clients report {@code retry-after} here. */
    public HttpClient.Builder wrap(HttpClient.Builder delegate) {
        return new CapturingBuilder(delegate);
    }

    void observe(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 429 && info.statusCode() != 503) {
            return;
        }
        Optional<String> ms = info.headers().firstValue("retry-after-ms");
        Optional<String> s = info.headers().firstValue("retry-after");
        Duration d = ms.map(RetryAfterCapture::millis).orElseGet(() -> s.map(RetryAfterCapture::parse).orElse(null));
        if (d != null) {
            last.set(d);
        }
    }

    private static Duration millis(String v) {
        try {
            return Duration.ofMillis((long) Double.parseDouble(v.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Seconds ({@code 7}, {@code 1.5}) or an HTTP date. */
    static Duration parse(String v) {
        String t = v.trim();
        try {
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }

    private final class CapturingBuilder implements HttpClient.Builder {
        private final HttpClient.Builder d;

        CapturingBuilder(HttpClient.Builder d) {
            this.d = d;
        }

        @Override public HttpClient.Builder cookieHandler(CookieHandler h) { d.cookieHandler(h); return this; }
        @Override public HttpClient.Builder connectTimeout(Duration t) { d.connectTimeout(t); return this; }
        @Override public HttpClient.Builder sslContext(SSLContext c) { d.sslContext(c); return this; }
        @Override public HttpClient.Builder sslParameters(SSLParameters p) { d.sslParameters(p); return this; }
        @Override public HttpClient.Builder executor(Executor e) { d.executor(e); return this; }
        @Override public HttpClient.Builder followRedirects(HttpClient.Redirect r) { d.followRedirects(r); return this; }
        @Override public HttpClient.Builder version(HttpClient.Version v) { d.version(v); return this; }
        @Override public HttpClient.Builder priority(int p) { d.priority(p); return this; }
        @Override public HttpClient.Builder proxy(ProxySelector p) { d.proxy(p); return this; }
        @Override public HttpClient.Builder authenticator(Authenticator a) { d.authenticator(a); return this; }

        @Override
        public HttpClient build() {
            return new CapturingClient(d.build());
        }
    }

    private final class CapturingClient extends HttpClient {
        private final HttpClient d;

        CapturingClient(HttpClient d) {
            this.d = d;
        }

        private <T> HttpResponse.BodyHandler<T> watch(HttpResponse.BodyHandler<T> h) {
            return info -> {
                observe(info);
                return h.apply(info);
            };
        }

        @Override public Optional<CookieHandler> cookieHandler() { return d.cookieHandler(); }
        @Override public Optional<Duration> connectTimeout() { return d.connectTimeout(); }
        @Override public Redirect followRedirects() { return d.followRedirects(); }
        @Override public Optional<ProxySelector> proxy() { return d.proxy(); }
        @Override public SSLContext sslContext() { return d.sslContext(); }
        @Override public SSLParameters sslParameters() { return d.sslParameters(); }
        @Override public Optional<Authenticator> authenticator() { return d.authenticator(); }
        @Override public Version version() { return d.version(); }
        @Override public Optional<Executor> executor() { return d.executor(); }

        @Override
        public <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> h)
                throws IOException, InterruptedException {
            return d.send(req, watch(h));
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest req, HttpResponse.BodyHandler<T> h) {
            return d.sendAsync(req, watch(h));
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest req, HttpResponse.BodyHandler<T> h,
                                                                HttpResponse.PushPromiseHandler<T> p) {
            return d.sendAsync(req, watch(h), p);
        }
    }
}

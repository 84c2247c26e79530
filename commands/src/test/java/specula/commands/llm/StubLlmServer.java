package specula.commands.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A loopback server speaking just enough of the OpenAI chat-completions and Anthropic messages protocols (plain
 * and SSE streaming) for langchain4j's real clients, answering from a script of replies and faults.
 */
public final class StubLlmServer implements AutoCloseable {

    /** One scripted reaction to one request. */
    public sealed interface Step permits Answer, Fail, Stall {
    }

    /** A normal answer; {@code truncated} ends it with finish_reason length / stop_reason max_tokens. */
    public record Answer(String text, boolean truncated) implements Step {
    }

    /** An HTTP error with an optional retry-after header (seconds). */
    public record Fail(int status, String retryAfter, String body) implements Step {
    }

    /** Waits longer than the client's timeout before answering. */
    public record Stall(long millis, String text) implements Step {
    }

    public record Received(String path, Map<String, List<String>> headers, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();

    public StubLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> handle(ex, true));
        server.createContext("/v1/messages", ex -> handle(ex, false));
        server.setExecutor(pool);
        server.start();
    }

    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public String anthropicBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    public synchronized StubLlmServer then(Step step) {
        script.addLast(step);
        return this;
    }

    public StubLlmServer answer(String text) {
        return then(new Answer(text, false));
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized int remaining() {
        return script.size();
    }

    private void handle(HttpExchange ex, boolean openAi) throws IOException {
        try (ex) {
            JsonNode body = json.readTree(ex.getRequestBody().readAllBytes());
            Step step;
            synchronized (this) {
                received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
                step = script.pollFirst();
            }
            if (step == null) {
                send(ex, 500, "application/json", "{\"error\":{\"message\":\"stub script exhausted\"}}");
                return;
            }
            boolean stream = body.path("stream").asBoolean(false);
            if (step instanceof Fail f) {
                if (f.retryAfter() != null) {
                    ex.getResponseHeaders().add("retry-after", f.retryAfter());
                }
                send(ex, f.status(), "application/json", f.body() == null
                        ? "{\"error\":{\"type\":\"error\",\"message\":\"status " + f.status() + "\"}}"
                        : f.body());
            } else if (step instanceof Stall s) {
                try {
                    Thread.sleep(s.millis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                reply(ex, openAi, stream, new Answer(s.text(), false));
            } else if (step instanceof Answer a) {
                reply(ex, openAi, stream, a);
            }
        } catch (IOException ignored) {
            // the client went away (timeout tests): nothing to answer
        }
    }

    private void reply(HttpExchange ex, boolean openAi, boolean stream, Answer a) throws IOException {
        if (!stream) {
            send(ex, 200, "application/json", openAi ? openAiBody(a) : anthropicBody(a));
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        List<String> pieces = pieces(a.text());
        if (openAi) {
            for (String p : pieces) {
                event(out, null, openAiChunk(p, null, false));
            }
            event(out, null, openAiChunk(null, a.truncated() ? "length" : "stop", true));
            event(out, null, "[DONE]");
        } else {
            event(out, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":"
                    + "\"message\",\"role\":\"assistant\",\"model\":\"stub\",\"content\":[],\"stop_reason\":null,"
                    + "\"usage\":{\"input_tokens\":11,\"output_tokens\":1}}}");
            event(out, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                    + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
            for (String p : pieces) {
                ObjectNode d = json.createObjectNode();
                d.put("type", "content_block_delta");
                d.put("index", 0);
                d.putObject("delta").put("type", "text_delta").put("text", p);
                event(out, "content_block_delta", d.toString());
            }
            event(out, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
            event(out, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\""
                    + (a.truncated() ? "max_tokens" : "end_turn") + "\",\"stop_sequence\":null},"
                    + "\"usage\":{\"output_tokens\":" + pieces.size() + "}}");
            event(out, "message_stop", "{\"type\":\"message_stop\"}");
        }
        out.close();
    }

    private String openAiBody(Answer a) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "stub");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", a.text());
        choice.put("finish_reason", a.truncated() ? "length" : "stop");
        root.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", pieces(a.text()).size())
                .put("total_tokens", 11 + pieces(a.text()).size());
        return root.toString();
    }

    private String openAiChunk(String content, String finish, boolean usage) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "stub");
        ArrayNode choices = root.putArray("choices");
        ObjectNode c = choices.addObject();
        c.put("index", 0);
        ObjectNode delta = c.putObject("delta");
        if (content != null) {
            delta.put("content", content);
        }
        if (finish != null) {
            c.put("finish_reason", finish);
        } else {
            c.putNull("finish_reason");
        }
        if (usage) {
            root.putObject("usage").put("prompt_tokens", 11).put("completion_tokens", 5).put("total_tokens", 16);
        }
        return root.toString();
    }

    private String anthropicBody(Answer a) {
        ObjectNode root = json.createObjectNode();
        root.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "stub");
        root.putArray("content").addObject().put("type", "text").put("text", a.text());
        root.put("stop_reason", a.truncated() ? "max_tokens" : "end_turn");
        root.putNull("stop_sequence");
        root.putObject("usage").put("input_tokens", 11).put("output_tokens", pieces(a.text()).size());
        return root.toString();
    }

    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 16) {
            out.add(text.substring(i, Math.min(text.length(), i + 16)));
        }
        return out;
    }

    private static void event(OutputStream out, String name, String data) throws IOException {
        String e = (name == null ? "" : "event: " + name + "\n") + "data: " + data + "\n\n";
        out.write(e.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}

package specula.commands.llm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One rendered prompt: what is sent, and why ({@code purpose}, e.g. {@code generate.draft}, {@code fix.attempt}).
 */
public record LlmRequest(String purpose, String system, String user) {

    public LlmRequest {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("an LLM request needs a user message");
        }
        system = system == null ? "" : system;
    }

    /** Identifies the prompt text so a replay can tell whether it is answering the same question. */
    public String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(system.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(user.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String rendered() {
        return "[system]\n" + system + "\n[user]\n" + user;
    }
}
